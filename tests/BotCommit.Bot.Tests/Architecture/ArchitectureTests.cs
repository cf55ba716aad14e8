using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace BotCommit.Bot.Tests.Architecture;

/// <summary>
/// Issue #13, one seam: the host only translates between Teams and the domain's use cases, Storage and the scheduler are
/// adapters, and a rule lives in one place. Checked on the source tree and the host's assembly.
/// </summary>
public sealed partial class ArchitectureTests(ITestOutputHelper output)
{
    private const string Host = "Bot/BotCommit.Bot/";
    private const string CompositionRoot = "Bot/BotCommit.Bot/Hosting/";

    // While the exchange formats still live inside the domain's project (the Exchange branch moves them to
    // Bot/BotCommit.Exchange and onto TimeZones / ScheduleInstants), their folder is the only other place allowed.
    private const string ExchangeInDomain = "Bot/BotCommit.Forecasting/Exchange/";

    [Fact]
    public void HostSources_OutsideTheCompositionRoot_UseNoAzureOrHangfireType()
    {
        var offenders = SourceTree.Matching(SourceTree.Files(Host).Where(f => !f.StartsWith(CompositionRoot, StringComparison.Ordinal)), AzureOrHangfire());

        Assert.True(offenders.Count == 0, "Azure or Hangfire outside Hosting/: " + string.Join(", ", offenders));
    }

    [Fact]
    public void HostAssembly_OutsideTheCompositionRoot_HasNoAzureOrHangfireTypeInItsSignatures()
    {
        var host = typeof(Program).Assembly;
        var offenders = new List<string>();
        foreach (var type in host.GetTypes().Where(t => t.Namespace?.StartsWith("BotCommit.Bot.Hosting", StringComparison.Ordinal) != true))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var used = new List<Type?> { type.BaseType };
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(all).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                used.Add((method as MethodInfo)?.ReturnType);
                used.AddRange(method.GetMethodBody()?.LocalVariables.Select(v => v.LocalType) ?? []);
            }

            offenders.AddRange(used.OfType<Type>().Where(IsForeign).Select(t => $"{type.FullName} uses {t.FullName}"));
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders.Distinct()));
    }

    [Fact]
    public void Hangfire_IsUsedOnlyByTheScheduler()
    {
        var elsewhere = SourceTree.ProductionFiles()
            .Where(f => !f.StartsWith("Scheduler/", StringComparison.Ordinal) && !f.StartsWith(CompositionRoot, StringComparison.Ordinal));

        var offenders = SourceTree.Matching(elsewhere, Hangfire());

        Assert.True(offenders.Count == 0, "Hangfire outside Scheduler/: " + string.Join(", ", offenders));
    }

    [Fact]
    public void TimeZoneLookups_AreInOneProductionFile()
    {
        var files = SourceTree.Matching(SourceTree.ProductionFiles(), ZoneLookup());

        Assert.Equal(["Bot/BotCommit.Forecasting/Periods/TimeZones.cs"], files.Where(f => !f.StartsWith(ExchangeInDomain, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheDeadlineInstant_IsComputedInOnePlace()
    {
        var files = SourceTree.Matching(SourceTree.ProductionFiles(), DeadlineInstant());

        Assert.Equal(["Bot/BotCommit.Forecasting/Scheduling/ScheduleInstants.cs"], files.Where(f => !f.StartsWith(ExchangeInDomain, StringComparison.Ordinal)));
    }

    [Fact]
    public void HostProject_IsSmallerThanTheDomainAndItsExchangeFormats()
    {
        var host = SourceTree.Files("Bot/BotCommit.Bot").Sum(SourceTree.CodeLines);
        var domain = SourceTree.Files("Bot/BotCommit.Forecasting").Sum(SourceTree.CodeLines);
        var exchange = SourceTree.Files("Bot/BotCommit.Exchange").Sum(SourceTree.CodeLines);

        output.WriteLine($"lines of code: host {host}, domain {domain}, exchange project {exchange}");
        Assert.True(host < domain + exchange, $"The host has {host} lines of code, the domain and its exchange formats {domain + exchange}.");
    }

    private static bool IsForeign(Type type)
    {
        if (type.IsGenericType && type.GetGenericArguments().Any(IsForeign))
        {
            return true;
        }

        var name = type.Assembly.GetName().Name ?? string.Empty;
        return name.StartsWith("Azure", StringComparison.Ordinal) || name.StartsWith("Hangfire", StringComparison.Ordinal)
            || (type.HasElementType && IsForeign(type.GetElementType()!));
    }

    [GeneratedRegex(@"\b(using\s+(Azure|Hangfire)\b|(global::)?(Azure|Hangfire)\.[A-Z])")]
    private static partial Regex AzureOrHangfire();

    [GeneratedRegex(@"\b(using\s+Hangfire\b|(global::)?Hangfire\.[A-Z])")]
    private static partial Regex Hangfire();

    [GeneratedRegex(@"\b(FindSystemTimeZoneById|TryFindSystemTimeZoneById|TryConvertWindowsIdToIanaId|TryConvertIanaIdToWindowsId)\b")]
    private static partial Regex ZoneLookup();

    [GeneratedRegex(@"\bDeadline\.InstantIn\(")]
    private static partial Regex DeadlineInstant();
}
