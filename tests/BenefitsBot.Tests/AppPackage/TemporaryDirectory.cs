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

    public void Dispose() => directory.Delete(recursive: true);
}
