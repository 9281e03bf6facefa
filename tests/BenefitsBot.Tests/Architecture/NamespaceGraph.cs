using System.Reflection;
using System.Reflection.Emit;

namespace BenefitsBot.Tests.Architecture;

/// <summary>
/// Which top-level namespaces of an assembly use which: every type a type names in its signatures (base type, interfaces,
/// fields, properties, method and constructor parameters and returns, generic arguments) or in its method bodies (the IL's
/// type, method and field tokens). Compiler-generated types (lambdas, async state machines) count for the namespace they
/// sit in. Hand-written because no library for it is on this registry (NetArchTest is not), and reflection over the built
/// assembly sees what the compiler resolved, which a text scan of <c>using</c> lines cannot.
/// </summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>
    /// Edges "from → to" between top-level namespaces below <paramref name="root"/> (e.g. <c>BenefitsBot.Bot</c> →
    /// <c>BenefitsBot.Storage</c>) among the assembly's own types, each with one use that makes it.
    /// </summary>
    public static Dictionary<(string From, string To), string> Edges(Assembly assembly, string root)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            if (TopLevel(type, root) is not { } from)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                if (used.Assembly == assembly && TopLevel(used, root) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return edges;
    }

    /// <summary>Each cycle once, as the namespaces on it in order (strongly connected components of more than one namespace).</summary>
    public static List<List<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        bool Reaches(string from, string to)
        {
            var seen = new HashSet<string> { from };
            var queue = new Queue<string>([from]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var n in next.GetValueOrDefault(node) ?? [])
                {
                    if (n == to)
                    {
                        return true;
                    }

                    if (seen.Add(n))
                    {
                        queue.Enqueue(n);
                    }
                }
            }

            return false;
        }

        var components = new List<List<string>>();
        var placed = new HashSet<string>();
        foreach (var node in nodes.Where(n => !placed.Contains(n)))
        {
            var component = nodes.Where(n => n == node || (Reaches(node, n) && Reaches(n, node))).ToList();
            placed.UnionWith(component);
            if (component.Count > 1)
            {
                components.Add(component);
            }
        }

        return components;
    }

    private static string? TopLevel(Type type, string root)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var dot = ns.IndexOf('.', root.Length + 1);
        return dot < 0 ? ns : ns[..dot];
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(All).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }

            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            named.AddRange(BodyTypes(method));
        }

        return named.OfType<Type>().SelectMany(Expand);
    }

    /// <summary>A type and everything it is built from: element types of arrays and by-refs, generic arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            return Expand(type.GetElementType()!);
        }

        return type.IsConstructedGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition()) : [type];
    }

    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                switch (member)
                {
                    case Type t: yield return t; break;
                    case MethodBase m when m.DeclaringType is { } owner: yield return owner; break;
                    case FieldInfo f when f.DeclaringType is { } owner: yield return owner; yield return f.FieldType; break;
                    default: break;
                }
            }

            i += OperandSize(code, il, i);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
