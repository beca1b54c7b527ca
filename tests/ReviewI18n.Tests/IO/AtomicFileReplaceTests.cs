using ReviewI18n.IO;

namespace ReviewI18n.Tests.IO;

public sealed class AtomicFileReplaceTests
{
    [Fact]
    public void Replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "review.md");
            File.WriteAllText(path, "old content that is longer");

            AtomicFile.WriteAllBytes(path, "new"u8);

            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(["review.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
