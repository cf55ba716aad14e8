using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Tests;

public class ForecastingAssemblyTests
{
    [Fact]
    public void GetReferencedAssemblies_Forecasting_ReferencesOnlyTheFramework()
    {
        var references = typeof(ISubmissionStore).Assembly.GetReferencedAssemblies();

        var foreign = references
            .Select(r => r.Name ?? string.Empty)
            .Where(name => !(name == "netstandard"
                || name == "System" || name.StartsWith("System.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(references);
        Assert.True(foreign.Count == 0, "Forecasting references: " + string.Join(", ", foreign));
    }

    [Fact]
    public void GetTypes_PublicEnums_HaveUnknownZero()
    {
        var enums = typeof(ISubmissionStore).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.Equal("Unknown", Enum.GetName(e, Activator.CreateInstance(e)!)));
    }
}
