using System.Runtime.InteropServices;

namespace CaseStay.Extract.Sources;

/// <summary>
/// The type, device and inode of a path from the C library's <c>stat</c>/<c>lstat</c> (.NET reports a FIFO or a
/// device as an ordinary empty file, and has no inode). Linux with glibc 2.33+ on x64 and arm64, whose
/// <c>struct stat</c> layouts are fixed; elsewhere <see cref="TryGet"/> answers false and callers fall back to paths.
/// </summary>
internal static class UnixFileStatus
{
    /// <summary>The file type bits of <c>st_mode</c>.</summary>
    internal enum Kind
    {
        Unknown,
        Regular,
        Directory,
        SymbolicLink,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
    }

    /// <summary>What <c>stat</c> (or <c>lstat</c> with <paramref name="followLinks"/> false) says about a path.</summary>
    public static bool TryGet(string path, bool followLinks, out Kind kind, out (ulong Device, ulong Inode) identity)
    {
        kind = Kind.Unknown;
        identity = default;
        var modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (!OperatingSystem.IsLinux() || modeOffset < 0)
        {
            return false;
        }

        var buffer = new byte[256];
        try
        {
            if ((followLinks ? Stat(path, buffer) : LStat(path, buffer)) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        var mode = BitConverter.ToUInt32(buffer, modeOffset);
        identity = (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
        kind = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0xA000 => Kind.SymbolicLink,
            0x1000 => Kind.Fifo,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            0xC000 => Kind.Socket,
            _ => Kind.Unknown,
        };
        return true;
    }

#pragma warning disable SYSLIB1054, CA2101, CA5392 // A plain import: LibraryImport would need unsafe code in this assembly.
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101, CA5392
}
