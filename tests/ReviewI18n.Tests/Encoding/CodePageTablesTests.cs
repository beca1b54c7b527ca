using ReviewI18n.Encodings;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Encodings;

/// <summary>
/// The embedded code-page tables are exactly what the runtime's code pages decode. When they are
/// not (a new runtime, a change of layout), run this test with REVIEWI18N_WRITE_CODE_PAGE_TABLES=1
/// to write the file again, and review the change.
/// </summary>
public sealed class CodePageTablesTests
{
    [Fact]
    public void The_embedded_tables_are_what_the_code_pages_decode()
    {
        var expected = CodePageTables.ToBytes(CodePageTables.FromRuntime());
        if (Environment.GetEnvironmentVariable("REVIEWI18N_WRITE_CODE_PAGE_TABLES") == "1")
        {
            File.WriteAllBytes(Path.Combine(Repository.Root, "src", "ReviewI18n", "Encoding", "CodePageTables.bin"), expected);
        }

        Assert.True(expected.AsSpan().SequenceEqual(CodePageTables.ToBytes(CodePageTables.Load())), "CodePageTables.bin differs from the runtime's code pages");
    }
}
