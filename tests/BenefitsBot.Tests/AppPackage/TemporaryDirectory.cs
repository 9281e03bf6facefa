namespace BenefitsBot.Tests.AppPackage;

/// <summary>A scratch folder removed when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("benefitsbot-apppackage-");

    public string PathOf(string relativePath) => Path.Combine(directory.FullName, relativePath);

    public void CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, PathOf(Path.GetFileName(file)));
        }
    }

    /// <summary>Copies a folder with its subfolders.</summary>
    public void CopyTreeFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => directory.Delete(recursive: true);
}
