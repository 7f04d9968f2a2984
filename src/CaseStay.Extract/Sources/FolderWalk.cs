namespace CaseStay.Extract.Sources;

/// <summary>
/// Walks a folder tree for a batch without ever aborting it: an unreadable folder or file becomes a
/// <c>file-unreadable</c> entry and the walk goes on; FIFOs, devices and sockets are skipped with a
/// <c>not-a-regular-file</c> entry (reading one could block or never end); symbolic links are followed only while
/// their target stays inside the folder given (others give a <c>symlink-outside-root</c> entry) unless
/// <c>followSymlinks</c> allows them; a folder reached twice (a link loop) is walked once, recognized by device and
/// inode (or by its resolved path where those are unavailable). Explicit stack, no recursion; entries of each folder
/// in ordinal order.
/// </summary>
public static class FolderWalk
{
    /// <summary>Folders nested deeper than this are not entered (a bound for link chains the loop check cannot see).</summary>
    public const int MaxDepth = 256;

    /// <summary>Walks <paramref name="root"/>; yields every regular file and a record for every entry that cannot be read.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="followSymlinks">Follow links whose target lies outside <paramref name="root"/> too.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>Files (with a null error) and records, folder by folder.</returns>
    public static IEnumerable<FolderEntry> Enumerate(string root, bool followSymlinks = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var rootReal = RealPath(root) ?? Path.GetFullPath(root);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Logical, string Real, int Depth)>();
        stack.Push((root, rootReal, 0));
        seen.Add(Identity(rootReal));
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (logical, real, depth) = stack.Pop();
            List<FileSystemInfo> entries;
            string? failure = null;
            try
            {
                entries = [.. new DirectoryInfo(real).EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    RecurseSubdirectories = false,
                    IgnoreInaccessible = false,
                    AttributesToSkip = 0,
                    ReturnSpecialDirectories = false,
                })];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                entries = [];
                failure = e.Message;
            }

            if (failure is not null)
            {
                yield return Unreadable(logical, $"The folder could not be read: {failure}");
                continue;
            }

            var folders = new List<(string Logical, string Real)>();
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = Path.Combine(logical, entry.Name);
                var (kind, target, error) = Classify(entry, rootReal, followSymlinks);
                if (error is not null)
                {
                    yield return new FolderEntry(path, error);
                }
                else if (kind == UnixFileStatus.Kind.Directory)
                {
                    if (depth + 1 > MaxDepth)
                    {
                        yield return Unreadable(path, $"The folder is nested more than {MaxDepth} levels deep; it was not entered.");
                    }
                    else if (seen.Add(Identity(target!)))
                    {
                        folders.Add((path, target!));
                    }
                }
                else
                {
                    yield return new FolderEntry(path, null);
                }
            }

            for (var i = folders.Count - 1; i >= 0; i--)
            {
                stack.Push((folders[i].Logical, folders[i].Real, depth + 1));
            }
        }
    }

    private static FolderEntry Unreadable(string path, string message) => new(path, new ExtractionError(ErrorCodes.FileUnreadable, message));

    /// <summary>What an entry is once links are resolved: a folder (with its real path), a regular file, or an error.</summary>
    private static (UnixFileStatus.Kind Kind, string? Real, ExtractionError? Error) Classify(FileSystemInfo entry, string rootReal, bool followSymlinks)
    {
        var real = entry.FullName;
        try
        {
            if (entry.LinkTarget is not null)
            {
                var resolved = RealPath(entry.FullName);
                if (resolved is null)
                {
                    return (UnixFileStatus.Kind.Unknown, null, new ExtractionError(ErrorCodes.FileUnreadable, $"The link '{entry.FullName}' points to nothing (or loops)."));
                }

                if (!followSymlinks && !IsInside(resolved, rootReal))
                {
                    return (UnixFileStatus.Kind.Unknown, null, new ExtractionError(ErrorCodes.SymlinkOutsideRoot,
                        $"The link points outside the folder given ('{resolved}'); it was not followed (use --follow-symlinks to allow)."));
                }

                real = resolved;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (UnixFileStatus.Kind.Unknown, null, new ExtractionError(ErrorCodes.FileUnreadable, $"The link could not be resolved: {e.Message}"));
        }

        if (UnixFileStatus.TryGet(real, followLinks: true, out var kind, out _))
        {
            return kind switch
            {
                UnixFileStatus.Kind.Directory or UnixFileStatus.Kind.Regular => (kind, real, null),
                _ => (kind, null, new ExtractionError(ErrorCodes.NotARegularFile, $"The entry is a {Describe(kind)}, not a regular file; it was skipped.")),
            };
        }

        return Directory.Exists(real) ? (UnixFileStatus.Kind.Directory, real, null)
            : File.Exists(real) ? (UnixFileStatus.Kind.Regular, real, null)
            : (UnixFileStatus.Kind.Unknown, null, new ExtractionError(ErrorCodes.FileUnreadable, "The entry could not be read (it vanished or is not accessible)."));
    }

    internal static string Describe(UnixFileStatus.Kind kind) => kind switch
    {
        UnixFileStatus.Kind.Fifo => "named pipe (FIFO)",
        UnixFileStatus.Kind.CharacterDevice => "character device",
        UnixFileStatus.Kind.BlockDevice => "block device",
        UnixFileStatus.Kind.Socket => "socket",
        _ => "special file",
    };

    /// <summary>The folder's identity for loop detection: device and inode where the C library tells them, else its real path.</summary>
    private static string Identity(string real) =>
        UnixFileStatus.TryGet(real, followLinks: true, out _, out var id) ? $"{id.Device}:{id.Inode}" : real;

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every link along it resolved (at most 40 links, as the kernel allows), or null when a
    /// link points to nothing or the links loop.</summary>
    /// <param name="path">A path, absolute or relative to the current folder.</param>
    /// <returns>The absolute, link-free path, or null.</returns>
    public static string? RealPath(string path)
    {
        var pending = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (!info.Exists && Directory.Exists(next))
            {
                info = new DirectoryInfo(next);
            }

            if (info.LinkTarget is { } target)
            {
                if (++links > 40)
                {
                    return null;
                }

                var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                var root = Path.GetPathRoot(resolved) ?? "/";
                foreach (var p in resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(p);
                }

                current = root;
                continue;
            }

            if (!info.Exists && !Directory.Exists(next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
