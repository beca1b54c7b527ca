using ReviewI18n.IO;

namespace ReviewI18n.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Replaces_the_file_and_leaves_no_temporary_file_beside_it()
    {
        var folder = Directory.CreateTempSubdirectory("atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "a.md");
            File.WriteAllText(path, "old");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
            AtomicFile.WriteAllBytes(path, "new"u8);
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(folder));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
