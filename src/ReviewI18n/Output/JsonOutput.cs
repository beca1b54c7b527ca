using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReviewI18n.Output;

/// <summary>
/// How every machine-readable output is written: indented, and with non-ASCII text (Japanese)
/// left readable rather than escaped. These files are never embedded in HTML, so the relaxed
/// encoder is safe; HTML output escapes on its own.
/// </summary>
public static class JsonOutput
{
    public static JsonWriterOptions Writer { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Serializer { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
