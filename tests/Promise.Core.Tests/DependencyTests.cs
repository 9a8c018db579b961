using Promise.Core.Allocation;

namespace Promise.Core.Tests;

/// <summary>style.md rule 8: Promise.Core references nothing beyond the BCL.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void PromiseCore_References_OnlyTheBcl()
    {
        var references = typeof(PromiseEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name == "netstandard" || name == "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal),
            $"Promise.Core references {name}"));
    }
}
