using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The manifest of a generation on disk, in a compact binary form: the format first (an index of
/// another format is rebuilt, not read), then the build time, the files and the skipped files. At
/// 100,000 articles it reads in a tenth of the time of the same data as JSON, and a start-up reads
/// it before the first answer. What repeats across articles (people, roles, datelines) is kept
/// once in memory.
/// </summary>
internal static class ManifestFile
{
    public static void Write(Stream stream, IndexManifest manifest)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(manifest.Format);
        writer.Write(manifest.BuiltAt.UtcTicks);
        writer.Write(manifest.Files.Count);
        foreach (var entry in manifest.Files)
        {
            writer.Write(entry.File);
            writer.Write(entry.Length);
            writer.Write(entry.LastWriteUtc.Ticks);
            writer.Write(entry.Hash);
            WriteOptional(writer, entry.Headline);
            WriteOptional(writer, entry.Dateline);
            writer.Write(entry.Passages);
            writer.Write(entry.Quotes);
            writer.Write(entry.Figures);
            writer.Write(entry.People.Count);
            foreach (var person in entry.People)
            {
                writer.Write(person.Name);
                WriteOptional(writer, person.Role);
            }
        }
        writer.Write(manifest.Skipped.Count);
        foreach (var skipped in manifest.Skipped)
        {
            writer.Write(skipped.File);
            writer.Write(skipped.Reason);
        }
    }

    /// <summary>The manifest, or null when it is of another format, cut short or not a manifest at all.</summary>
    /// <remarks>
    /// Compiled optimised from its first call: it runs once per start, before the first answer. The
    /// people each article quotes, over a third of the file, are checked for length here but decoded
    /// only when first asked for (by /who-said, /quotes or a refresh), all articles' at once.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexManifest? Read(byte[] bytes)
    {
        using var reader = ReaderOf(bytes);
        try
        {
            if (reader.ReadString() != IndexManifest.CurrentFormat)
            {
                return null;
            }
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);

            var builtAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var files = new ManifestEntry[Count(reader)];
            var peopleAt = new long[files.Length];
            var people = new Lazy<Person[][]>(() => ReadPeople(bytes, peopleAt));
            for (var i = 0; i < files.Length; i++)
            {
                var file = reader.ReadString();
                var length = reader.ReadInt64();
                var lastWrite = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
                var hash = reader.ReadString();
                var headline = ReadOptional(reader);
                var dateline = ReadKeptOptional(reader, strings);
                var passages = reader.ReadInt32();
                var quotes = reader.ReadInt32();
                var figures = reader.ReadInt32();
                peopleAt[i] = reader.BaseStream.Position;
                SkipPeople(reader);
                files[i] = new ManifestEntry(
                    file,
                    length,
                    lastWrite,
                    hash,
                    headline,
                    dateline,
                    passages,
                    quotes,
                    figures,
                    new QuotedPeople(people, i)
                );
            }
            var skipped = new SkippedFile[Count(reader)];
            for (var i = 0; i < skipped.Length; i++)
            {
                skipped[i] = new SkippedFile(reader.ReadString(), reader.ReadString());
            }
            return new IndexManifest(IndexManifest.CurrentFormat, builtAt, files, skipped);
        }
        catch (Exception e)
            when (e is EndOfStreamException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static void SkipPeople(BinaryReader reader)
    {
        var count = Count(reader);
        for (var p = 0; p < count; p++)
        {
            SkipString(reader);
            if (reader.ReadBoolean())
            {
                SkipString(reader);
            }
        }
    }

    private static void SkipString(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        reader.BaseStream.Position +=
            length >= 0 && length <= left
                ? length
                : throw new FormatException($"A string of {length} bytes with {left} bytes left.");
    }

    /// <summary>The people of every article, from where <see cref="Read"/> found each list.</summary>
    private static Person[][] ReadPeople(byte[] bytes, long[] peopleAt)
    {
        using var reader = ReaderOf(bytes);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var persons = new Dictionary<Person, Person>();
        var people = new Person[peopleAt.Length][];
        for (var i = 0; i < peopleAt.Length; i++)
        {
            reader.BaseStream.Position = peopleAt[i];
            var own = new Person[reader.ReadInt32()];
            for (var p = 0; p < own.Length; p++)
            {
                var name = Kept(strings, reader.ReadString());
                own[p] = Kept(persons, new Person(name, ReadKeptOptional(reader, strings)));
            }
            people[i] = own;
        }
        return people;
    }

    /// <summary>The people one article quotes, decoded with every other article's on first use.</summary>
    private sealed class QuotedPeople(Lazy<Person[][]> all, int article) : IReadOnlyList<Person>
    {
        public Person this[int index] => all.Value[article][index];

        public int Count => all.Value[article].Length;

        public IEnumerator<Person> GetEnumerator() =>
            ((IEnumerable<Person>)all.Value[article]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static BinaryReader ReaderOf(byte[] bytes) =>
        new(new MemoryStream(bytes, writable: false), Encoding.UTF8);

    /// <summary>An optional string, as the copy kept in <paramref name="strings"/> when one was read before.</summary>
    private static string? ReadKeptOptional(
        BinaryReader reader,
        Dictionary<string, string> strings
    ) => ReadOptional(reader) is { } value ? Kept(strings, value) : null;

    /// <summary>The copy of <paramref name="value"/> kept already, else <paramref name="value"/>, now kept.</summary>
    private static T Kept<T>(Dictionary<T, T> kept, T value)
        where T : notnull => kept.TryGetValue(value, out var first) ? first : kept[value] = value;

    private static int Count(BinaryReader reader)
    {
        // Every item takes at least a byte: a larger count is a damaged file, not an array to allocate.
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        return count >= 0 && count <= left
            ? count
            : throw new FormatException($"A count of {count} with {left} bytes left.");
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) =>
        reader.ReadBoolean() ? reader.ReadString() : null;
}
