using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Activities;
using Microsoft.Net.Http.Headers;

namespace BotCommit.Bot.Downloads;

/// <summary>
/// <c>GET /downloads/{token}</c>: serves one export file to whoever holds a link made by <see cref="DownloadLinks"/>,
/// once, before it expires, while the admin it was made for is still an admin of the team. The file is built from
/// storage when it is fetched and is never kept. Refusals are one friendly line in the admin's language (the browser's
/// when the link cannot be read at all); nothing is cached and no referrer leaves the page.
/// </summary>
internal static class DownloadEndpoint
{
    /// <summary>The de-duplication "conversation" under which used links are remembered (the activity log's retention applies).</summary>
    public const string UsedLinks = "download-links";

    public static void MapBotCommitDownloads(this WebApplication app) =>
        app.MapGet(DownloadLinks.Path + "{token}", HandleAsync);

    private static async Task<IResult> HandleAsync(
        string token,
        HttpContext http,
        DownloadLinks links,
        ITeamSettingsStore settings,
        AdminPolicy policy,
        InboundActivityLog used,
        SubmissionsExport export,
        TimeProvider time,
        ILogger<DownloadLinks> logger,
        CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var ticket = links.Read(token);
        var browser = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
        if (ticket is null || !ForecastWeek.TryParse(ticket.Week, out var week))
        {
            DownloadLog.Refused(logger, "unreadable");
            return Refuse(StatusCodes.Status404NotFound, UserTexts.For(new Protocol.Schema.Activity { Locale = browser }), nameof(BotStrings.DownloadLinkInvalid));
        }

        if (ticket.Region)
        {
            return await RegionFileAsync(ticket, week, http.RequestServices, used, time, logger, cancellationToken);
        }

        var stored = await settings.GetAsync(TeamId.From(ticket.Team), cancellationToken);
        if (stored is null)
        {
            DownloadLog.Refused(logger, "team unknown");
            return Refuse(StatusCodes.Status404NotFound, UserTexts.For(new Protocol.Schema.Activity { Locale = ticket.Locale ?? browser }), nameof(BotStrings.DownloadLinkInvalid));
        }

        var team = stored.Value;
        var texts = UserTexts.For(ticket.Locale, team);
        if (time.GetUtcNow() > ticket.Expires)
        {
            DownloadLog.Refused(logger, "expired");
            return Refuse(StatusCodes.Status410Gone, texts, nameof(BotStrings.DownloadLinkExpired));
        }

        if (!policy.IsAdmin(team, ticket.Admin))
        {
            DownloadLog.Refused(logger, "not an admin any more");
            return Refuse(StatusCodes.Status403Forbidden, texts, nameof(BotStrings.DownloadLinkNotAdmin), team.Name);
        }

        if (!await used.TryRecordAsync(UsedLinks, ticket.Nonce, time.GetUtcNow(), cancellationToken))
        {
            DownloadLog.Refused(logger, "already used");
            return Refuse(StatusCodes.Status410Gone, texts, nameof(BotStrings.DownloadLinkUsed));
        }

        if (ticket.Month is { } monthText)
        {
            // A month's export: the same admin check; the files are read now (MonthExport).
            if (!YearMonth.TryParse(monthText, out var month)
                || await http.RequestServices.GetRequiredService<MonthExport>().ContentAsync(team, month, cancellationToken) is not { } monthContent)
            {
                DownloadLog.Refused(logger, "no month review to export");
                return Refuse(StatusCodes.Status404NotFound, texts, nameof(BotStrings.DownloadLinkInvalid));
            }

            var (monthFile, monthType, monthBytes) = monthContent.File(ticket.File);
            DownloadLog.Served(logger, team.Id.Value, monthText, ticket.File, ticket.Admin);
            return Results.File(monthBytes, monthType, monthFile);
        }

        var content = await export.ContentAsync(team, week, withSummary: ticket.File != ExportFileKind.SubmissionsCsv, cancellationToken);
        var (fileName, contentType, bytes) = content.File(ticket.File);
        DownloadLog.Served(logger, team.Id.Value, ticket.Week, ticket.File, ticket.Admin);
        return Results.File(bytes, contentType, fileName);
    }

    /// <summary>
    /// A region's export file: the asker must still be sales ops or a manager of the region or a region above it
    /// (<see cref="Regions.RegionAccess"/>); the file is made from what was kept with the region's post.
    /// </summary>
    private static async Task<IResult> RegionFileAsync(
        DownloadTicket ticket, ForecastWeek week, IServiceProvider services, InboundActivityLog used, TimeProvider time, ILogger<DownloadLinks> logger, CancellationToken cancellationToken)
    {
        var texts = UserTexts.For(new Protocol.Schema.Activity { Locale = ticket.Locale });
        if (time.GetUtcNow() > ticket.Expires)
        {
            DownloadLog.Refused(logger, "expired");
            return Refuse(StatusCodes.Status410Gone, texts, nameof(BotStrings.DownloadLinkExpired));
        }

        var region = BotCommit.Forecasting.Regions.NodeId.From(ticket.Team);
        var tree = (await services.GetRequiredService<IOrgTreeStore>().GetAsync(cancellationToken))?.Value;
        if (tree?.Find(region) is not { IsTeam: false } node)
        {
            DownloadLog.Refused(logger, "region unknown");
            return Refuse(StatusCodes.Status404NotFound, texts, nameof(BotStrings.DownloadLinkInvalid));
        }

        if (!services.GetRequiredService<Regions.RegionAccess>().MayExport(tree, region, ticket.Tenant, ticket.Admin))
        {
            DownloadLog.Refused(logger, "no longer sales ops or a manager of the region");
            return Refuse(StatusCodes.Status403Forbidden, texts, nameof(BotStrings.DownloadLinkRegionNotAllowed), node.Name);
        }

        if (await services.GetRequiredService<Regions.RegionSummaryOfRecord>().GetAsync(region, week, cancellationToken) is not { } kept)
        {
            DownloadLog.Refused(logger, "no region summary kept");
            return Refuse(StatusCodes.Status404NotFound, texts, nameof(BotStrings.DownloadLinkInvalid));
        }

        if (!await used.TryRecordAsync(UsedLinks, ticket.Nonce, time.GetUtcNow(), cancellationToken))
        {
            DownloadLog.Refused(logger, "already used");
            return Refuse(StatusCodes.Status410Gone, texts, nameof(BotStrings.DownloadLinkUsed));
        }

        var (fileName, contentType, bytes) = new Regions.RegionExportFiles(region, week, kept.ExportJson, kept.SummaryJson).File(ticket.File);
        DownloadLog.Served(logger, region.Value, ticket.Week, ticket.File, ticket.Admin);
        return Results.File(bytes, contentType, fileName);
    }

    private static IResult Refuse(int status, UserTexts texts, string resource, params object?[] args) =>
        Results.Text(args.Length == 0 ? texts.Text(resource) : texts.Format(resource, args), "text/plain; charset=utf-8", statusCode: status);
}

internal static partial class DownloadLog
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Information, Message = "Export file {File} of team {TeamId}, week or month {Period}, downloaded by admin {AdminId}")]
    public static partial void Served(ILogger logger, string teamId, string period, ExportFileKind file, string adminId);

    [LoggerMessage(EventId = 9202, Level = LogLevel.Warning, Message = "Download link refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);
}
