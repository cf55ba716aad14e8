using BotCommit.Exchange.Regions;

namespace BotCommit.Exchange.Tests.Regions;

/// <summary>
/// A region export that cannot be read gives errors with their place, never an exception (the round trip of a real
/// export, field by field against the posted summary, is in the Storage tests' region week on Azurite).
/// </summary>
public sealed class RegionExportJsonTests
{
    private const string Minimal = """
        {"region":"org","week":"2026-W49","asOf":"2026-12-01T12:30:00+00:00",
         "tree":[{"id":"org","kind":"Region","name":"Org","parent":null,"managers":["vp"],"timeZone":null,"fiscalYearStartMonth":7,"currency":null,"monthTargets":{},"quarterTargets":{}}],
         "teams":[],"deadlines":{"org":"2026-12-02T12:00:00+00:00"},"calls":[],"history":[]}
        """;

    [Fact]
    public void MalformedJson_IsAnErrorWithItsLine()
    {
        var result = OfflineRegionSummary.Compute("{\"region\":\n  \"org\",,}");
        Assert.False(result.Succeeded);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void UnknownOrMissingProperty_IsAnError()
    {
        Assert.False(RegionExportJson.Read(Minimal.Replace("\"history\":[]", "\"histroy\":[]", StringComparison.Ordinal)).Succeeded);
        Assert.False(RegionExportJson.Read(Minimal.Replace(",\"history\":[]", "", StringComparison.Ordinal)).Succeeded);
    }

    [Fact]
    public void ATreeTheDomainRefuses_IsAnError()
    {
        var result = RegionExportJson.Read(Minimal.Replace("\"parent\":null", "\"parent\":\"nowhere\"", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
        Assert.StartsWith("$.tree", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ARegionWithoutTeams_ReadsAndComputes_OnItsFiscalYear()
    {
        var result = OfflineRegionSummary.Compute(Minimal);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("2026-10", result.Summary!.Period.Quarter.Key); // July fiscal year: Q2 starts in October
        Assert.Equal("org", RegionExportJson.Read(RegionExportJson.Write(RegionExportJson.Read(Minimal).Content!)).Content!.Region.Value);
    }

    [Fact]
    public void ATeamNotInTheExport_IsAnError()
    {
        var withTeam = Minimal.Replace(
            "\"quarterTargets\":{}}]",
            "\"quarterTargets\":{}},{\"id\":\"t1\",\"kind\":\"Team\",\"name\":\"T1\",\"parent\":\"org\",\"managers\":[],\"timeZone\":null,\"fiscalYearStartMonth\":null,\"currency\":null,\"monthTargets\":{},\"quarterTargets\":{}}]",
            StringComparison.Ordinal).Replace("\"deadlines\":{", "\"deadlines\":{\"t1\":\"2026-11-30T12:00:00+00:00\",", StringComparison.Ordinal);
        var result = OfflineRegionSummary.Compute(withTeam);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }
}
