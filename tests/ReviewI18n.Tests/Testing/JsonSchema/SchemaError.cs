namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>
/// One way a JSON value breaks a schema: where the value is (<see cref="Path"/>, JSONPath such as
/// <c>$.runs[0].results[2].level</c>), the keyword it fails, and where that keyword sits in the
/// schema (a JSON pointer such as <c>#/definitions/result/properties/level</c>).
/// </summary>
public sealed record SchemaError(string Path, string Keyword, string SchemaPath, string Message)
{
    public override string ToString() => $"{Path}: {Message} ({Keyword} at {SchemaPath})";
}
