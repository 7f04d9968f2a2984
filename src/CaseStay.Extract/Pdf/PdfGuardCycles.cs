using System.Collections.Frozen;
using System.Globalization;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// Finds a reference cycle among the objects a set of resources reaches, following references inside arrays and
/// dictionaries at any depth, but not back-links (<c>/Parent</c>, <c>/P</c>) nor nested <c>/Resources</c> (forms
/// drawing forms are the form graph's business). Depth-first with an explicit stack and one colour per object for
/// the whole document, so all calls together are linear in the objects and references.
/// </summary>
internal sealed class ReferenceCycles(PdfGuardDocument document)
{
    private static readonly FrozenSet<string> s_notFollowed = FrozenSet.ToFrozenSet(["Parent", "P", "Resources"], StringComparer.Ordinal);

    private readonly Dictionary<long, byte> _state = []; // 1 = on the path (grey), 2 = done (black)

    /// <summary>A sentence describing a cycle reachable from <paramref name="start"/>, or null.</summary>
    public string? Find(PdfGuardValue? start)
    {
        if (start is null)
        {
            return null;
        }

        var roots = start.Kind == PdfGuardValueKind.Reference ? [start.Number] : ReferencesIn(start);
        foreach (var root in roots)
        {
            if (Search(root) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private string? Search(long root)
    {
        if (_state.ContainsKey(root) || !document.Objects.ContainsKey(root))
        {
            return null;
        }

        var stack = new Stack<(long Node, List<long> Children, int Next)>();
        _state[root] = 1;
        stack.Push((root, ReferencesIn(document.Objects[root].Value), 0));
        while (stack.Count > 0)
        {
            var (node, children, next) = stack.Pop();
            document.Step();
            if (next == children.Count)
            {
                _state[node] = 2;
                continue;
            }

            stack.Push((node, children, next + 1));
            var child = children[next];
            if (!document.Objects.TryGetValue(child, out var target))
            {
                continue;
            }

            switch (_state.GetValueOrDefault(child))
            {
                case 1:
                    return string.Create(CultureInfo.InvariantCulture, $"object {node} refers back to object {child} through its arrays or dictionaries (a reference cycle)");
                case 0:
                    _state[child] = 1;
                    stack.Push((child, ReferencesIn(target.Value), 0));
                    break;
            }
        }

        return null;
    }

    /// <summary>The references inside a value, at any depth of arrays and dictionaries (explicit stack).</summary>
    private List<long> ReferencesIn(PdfGuardValue value)
    {
        var found = new List<long>();
        var pending = new Stack<PdfGuardValue>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var v = pending.Pop();
            document.Step();
            switch (v.Kind)
            {
                case PdfGuardValueKind.Reference:
                    found.Add(v.Number);
                    break;
                case PdfGuardValueKind.Array:
                    foreach (var item in v.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case PdfGuardValueKind.Dictionary:
                    foreach (var (key, item) in v.Entries)
                    {
                        if (!s_notFollowed.Contains(key))
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return found;
    }
}
