using Xunit;

namespace CaseStay.Extract.Tests.Support;

/// <summary>Finds the repository, its testdata and the shared folder beside it.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string TestData => Path.Combine(RepoRoot, "testdata");

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>
    /// Returns the shared folder. In CI (CI=true) a missing folder fails the test; on a developer machine
    /// without it the test is skipped with a message saying so.
    /// </summary>
    public static string RequireShared(string sub)
    {
        var path = Path.Combine(Shared, sub);
        if (Directory.Exists(path))
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but the shared folder '{path}' is missing: these tests must run in CI.");
        }

        Skip.If(true, $"'{path}' is not on this machine (it sits beside the repository as ../shared); the test needs it.");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseStay.Extract.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CaseStay.Extract.sln not found above " + AppContext.BaseDirectory);
    }
}
