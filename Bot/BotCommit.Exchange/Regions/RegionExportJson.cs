using System.Text.Json;
using System.Text.Json.Serialization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// The region export JSON: everything a region's summary for a week was computed from, as it stood when the summary was
/// composed (<see cref="RegionExportContent"/>). <c>{"region","week","asOf","tree":[nodes],"teams":[{"team","settings":
/// (the team settings JSON),"submissions":(the submissions CSV text)}],"deadlines":{node: instant},"calls":[call
/// submissions with their notes and moved deals],"history":[call records of earlier weeks]}</c>. Teams use the team
/// formats unchanged, so each team's part is also its own export. Names are camelCase, enums by name, instants ISO 8601
/// with offset; every property is required and unknown ones are errors.
/// </summary>
public static class RegionExportJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        MaxDepth = 16,
    };

    public static string Write(RegionExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = new RegionExportDocument(
            content.Region.Value,
            content.Week.ToString(),
            content.AsOf,
            [.. content.Tree.Nodes.Select(Node)],
            [.. content.Teams.Select(Team)],
            content.Deadlines.OrderBy(d => d.Key).ToDictionary(d => d.Key.Value, d => d.Value),
            [.. content.Calls.Select(Call)],
            [.. content.History.OrderBy(r => r.Week).ThenBy(r => r.Node).Select(Record)]);
        return JsonSerializer.Serialize(document, s_options) + "\n";
    }

    /// <summary>Reads an export back; every problem (malformed JSON, a missing or unknown property, a value the domain refuses, either team file's errors) is a <see cref="JsonError"/>, never an exception.</summary>
    public static RegionExportReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RegionExportDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RegionExportDocument>(json, s_options);
        }
        catch (JsonException exception)
        {
            return RegionExportReadResult.Failed(new JsonError(exception.Path ?? "$", exception.Message)
            {
                Line = (exception.LineNumber ?? 0) + 1,
                Column = (exception.BytePositionInLine ?? 0) + 1,
            });
        }

        if (document is null)
        {
            return RegionExportReadResult.Failed(new JsonError("$", "the export is empty (null)"));
        }

        try
        {
            return ToContent(document);
        }
        catch (ArgumentException exception)
        {
            return RegionExportReadResult.Failed(new JsonError("$", exception.Message));
        }
        catch (FormatException exception)
        {
            return RegionExportReadResult.Failed(new JsonError("$", exception.Message));
        }
    }

    private static RegionExportReadResult ToContent(RegionExportDocument document)
    {
        if (!OrgTree.TryCreate(document.Tree.Select(ToNode), out var tree, out var problems))
        {
            return new RegionExportReadResult(null, [.. problems.Select(p => new JsonError("$.tree", $"{p.Rule} at '{p.Node}'"))]);
        }

        var week = ForecastWeek.Parse(document.Week);
        var errors = new List<JsonError>();
        var teams = new List<TeamWeekExport>();
        for (var i = 0; i < document.Teams.Count; i++)
        {
            var part = document.Teams[i];
            var team = TeamId.From(part.Team);
            var settings = TeamSettingsJson.Read(part.Settings.GetRawText(), team);
            var submissions = SubmissionsCsv.Read(part.Submissions, team);
            errors.AddRange(settings.Errors.Select(e => e with { Path = $"$.teams[{i}].settings" + e.Path.TrimStart('$') }));
            errors.AddRange(submissions.Errors.Select(e => new JsonError($"$.teams[{i}].submissions", e.ToString())));
            if (settings.Succeeded && submissions.Succeeded)
            {
                teams.Add(new TeamWeekExport(settings.Settings!, settings.Reps, submissions.Submissions));
            }
        }

        if (errors.Count > 0)
        {
            return new RegionExportReadResult(null, errors);
        }

        var content = new RegionExportContent(
            tree,
            NodeId.From(document.Region),
            week,
            document.AsOf,
            teams,
            document.Deadlines.ToDictionary(d => NodeId.From(d.Key), d => d.Value),
            [.. document.Calls.Select(c => ToCall(c, week))],
            [.. document.History.Select(ToRecord)]);
        return new RegionExportReadResult(content, []);
    }

    private static NodeDocument Node(OrgNode node) =>
        new(
            node.Id.Value,
            node.Kind,
            node.Name,
            node.Parent?.Value,
            [.. node.Managers.Select(m => m.Value)],
            node.TimeZoneId,
            node.FiscalYearStartMonth,
            node.Currency,
            new SortedDictionary<string, decimal>(node.MonthTargets.ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, decimal>(node.QuarterTargets.ToDictionary(), StringComparer.Ordinal));

    private static OrgNode ToNode(NodeDocument node) =>
        new(NodeId.From(node.Id), node.Kind, node.Name)
        {
            Parent = node.Parent is null ? null : NodeId.From(node.Parent),
            Managers = [.. node.Managers.Select(RepId.From)],
            TimeZoneId = node.TimeZone,
            FiscalYearStartMonth = node.FiscalYearStartMonth,
            Currency = node.Currency,
            MonthTargets = node.MonthTargets.ToDictionary(),
            QuarterTargets = node.QuarterTargets.ToDictionary(),
        };

    private static TeamDocument Team(TeamWeekExport team)
    {
        var names = team.Roster.Where(r => r.DisplayName.Length > 0).ToDictionary(r => r.Id, r => r.DisplayName);
        using var settings = JsonDocument.Parse(TeamSettingsJson.Write(team.Settings, team.Roster));
        return new TeamDocument(team.Settings.Id.Value, settings.RootElement.Clone(), SubmissionsCsv.ToText(team.Snapshots, names));
    }

    private static CallDocument Call(CallSubmission call) =>
        new(
            call.Node.Value,
            call.Submitter.Value,
            call.SubmittedAt,
            [.. call.Changes.Select(c => new FigureChangeDocument(c.Figure, c.Value, c.Note))],
            [.. call.Moves.Select(m => new MovedDealDocument(m.Team.Value, m.Rep.Value, m.Deal.Value, m.From, m.To, m.Amount, m.CloseDate, Figures(m.Effect), m.Note, m.Account, m.Name))]);

    private static CallSubmission ToCall(CallDocument call, ForecastWeek week) =>
        new(
            NodeId.From(call.Node),
            week,
            RepId.From(call.Submitter),
            call.SubmittedAt,
            [.. call.Changes.Select(c => new FigureChange(c.Figure, c.Value, c.Note))],
            [.. call.Moves.Select(m => new MovedDeal(TeamId.From(m.Team), RepId.From(m.Rep), DealId.From(m.Deal), m.From, m.To, m.Amount, m.CloseDate, ToFigures(m.Effect), m.Note)
            {
                Account = m.Account ?? "",
                Name = m.Name ?? "",
            })]);

    private static CallRecordDocument Record(CallRecord record) =>
        new(record.Node.Value, record.Week.ToString(), Figures(record.RollUp), Figures(record.Call), record.CalledBy?.Value, record.LastWeekActual);

    private static CallRecord ToRecord(CallRecordDocument record) =>
        new(NodeId.From(record.Node), ForecastWeek.Parse(record.Week), ToFigures(record.RollUp), ToFigures(record.Call), record.CalledBy is null ? null : RepId.From(record.CalledBy), record.LastWeekActual);

    private static CallFiguresDocument Figures(CallFigures f) =>
        new(f.ThisWeekCommit, f.ThisWeekUpside, f.MonthForecast, f.MonthUpside, f.QuarterForecast, f.QuarterUpside);

    private static CallFigures ToFigures(CallFiguresDocument f) =>
        new(f.ThisWeekCommit, f.ThisWeekUpside, f.MonthForecast, f.MonthUpside, f.QuarterForecast, f.QuarterUpside);
}
