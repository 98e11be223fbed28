namespace NewsBot.Core.Indexing;

/// <summary>
/// The index folder on disk: one sub-folder per generation and a <c>CURRENT</c> file naming the one in use.
/// A build writes a new generation beside the current one and switches by renaming a file, which is
/// atomic: a build killed halfway leaves <c>CURRENT</c> naming the previous, complete generation.
/// </summary>
internal sealed class IndexLayout(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string ManifestFileName = "manifest.bin";
    private const string GenerationPrefix = "gen-";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The generation folder in use, or null when no complete index exists yet.</summary>
    public string? CurrentGeneration()
    {
        var pointer = Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer))
        {
            return null;
        }
        var name = File.ReadAllText(pointer).Trim();
        var folder = Path.Combine(Root, name);
        return
            name.StartsWith(GenerationPrefix, StringComparison.Ordinal)
            && File.Exists(Path.Combine(folder, ManifestFileName))
            ? folder
            : null;
    }

    public string NewGeneration()
    {
        Directory.CreateDirectory(Root);
        var name = $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[
            ..40
        ];
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes the manifest last, then points CURRENT at the generation with an atomic rename.</summary>
    public void Publish(string generation, IndexManifest manifest)
    {
        var manifestPath = Path.Combine(generation, ManifestFileName);
        var temporary = manifestPath + ".tmp";
        using (var stream = File.Create(temporary))
        {
            ManifestFile.Write(stream, manifest);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, manifestPath, overwrite: true);

        var pointer = Path.Combine(Root, CurrentFile);
        var pointerTemporary = pointer + ".tmp";
        File.WriteAllText(pointerTemporary, Path.GetFileName(generation));
        File.Move(pointerTemporary, pointer, overwrite: true);
    }

    public static IndexManifest? ReadManifest(string generation)
    {
        try
        {
            // Read whole first: a reader over the file itself would ask the disk for every string.
            return ManifestFile.Read(File.ReadAllBytes(Path.Combine(generation, ManifestFileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes generations other than the current one and <paramref name="keep"/>: leftovers of
    /// replaced indexes and of builds that were killed. Readers still open on a removed folder keep
    /// reading it (files stay alive while open); a folder that cannot be removed now is tried next time.
    /// </summary>
    public void RemoveStaleGenerations(string? keep = null)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        var current = CurrentGeneration();
        foreach (var folder in Directory.EnumerateDirectories(Root, GenerationPrefix + "*"))
        {
            if (
                PathsEqual(folder, current)
                || PathsEqual(folder, keep)
                || IsPossiblyBeingBuilt(folder)
            )
            {
                continue;
            }
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// A folder without a manifest is either a killed build or one that another process is writing
    /// right now; only one untouched for a while is taken for dead.
    /// </summary>
    private static bool IsPossiblyBeingBuilt(string folder) =>
        !File.Exists(Path.Combine(folder, ManifestFileName))
        && Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow - TimeSpan.FromMinutes(10);

    private static bool PathsEqual(string a, string? b) =>
        b is not null
        && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
