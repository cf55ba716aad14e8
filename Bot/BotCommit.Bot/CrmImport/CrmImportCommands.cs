using System.Globalization;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Progress;
using BotCommit.Bot.Turns;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Exchange;
using BotCommit.Exchange.Crm;
using BotCommit.Forecasting.CrmImport;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.CrmImport;

/// <summary>
/// <c>import crm [preset | column mapping] [confirm]</c> (<c>导入CRM</c> / <c>匯入CRM</c>, <c>确认</c> / <c>確認</c>): an
/// admin gives BotCommit a CRM opportunity report, attached in the personal chat or pasted below the command. Without
/// <c>confirm</c> it is a dry run (how many deals would be added, updated, left unchanged, which rows are unmatched or
/// refused and why); with it, the same plan is stored (<see cref="ImportCrmOpportunities"/>). The preset is named
/// (<c>salesforce</c>, <c>dynamics</c>, <c>hubspot</c>), found from the header, or a custom mapping is given. A file that
/// cannot be read gets its lines and columns in the reader's language and changes nothing. Owners are matched to reps
/// by the e-mail or UPN Teams has for the team's members. Answers go to the admin privately. A confirmed import answers at
/// once with a progress card and runs after the turn, keeping that one card up to date in place (rows processed, added,
/// updated, unmatched, refused) and ending with the outcome and the time taken (issue #19 item 3). Asked in a channel, the
/// card goes to the admin's personal chat and the channel gets one line saying so; when no personal chat can be opened,
/// nothing is imported and the channel is told how to open one.
/// </summary>
internal sealed class CrmImportCommands(
    ImportCrmOpportunities import,
    CrmImportFile files,
    AdminProgress adminProgress,
    LongWork longWork,
    TimeProvider time,
    IOptions<ProgressOptions> progressOptions,
    ILogger<CrmImportCommands> logger)
{
    private const int ReasonsShown = 5;

    public async Task<CommandReply> ImportAsync(AdminCommandContext context, bool confirmed, string? rawText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var (source, csv) = await files.ReadAsync(context.Activity, rawText, cancellationToken);
        if (source == CrmFileSource.Unreadable)
        {
            return context.Privately(context.Say(nameof(BotStrings.CrmImportDownloadFailed), files.MaxMegabytes));
        }

        if (csv is null)
        {
            return context.Privately(context.Usage(texts.Text(nameof(BotStrings.CrmImportNoFile))));
        }

        var arguments = context.Arguments.Trim();
        CrmMapping? mapping;
        if (arguments.Length == 0)
        {
            mapping = CrmMapping.Presets.FirstOrDefault(p => !CrmOpportunityCsv.Read(csv, p).FileErrors.Any(e => e.Problem == CsvProblem.MissingColumn));
            if (mapping is null)
            {
                return context.Privately(context.Say(nameof(BotStrings.CrmImportNotDetected)));
            }
        }
        else if (arguments.Contains('=', StringComparison.Ordinal) || arguments.Contains('＝', StringComparison.Ordinal))
        {
            mapping = CrmMapping.TryParse(arguments, out var problem);
            if (mapping is null)
            {
                return context.Privately(context.Usage(texts.Format(nameof(BotStrings.CrmImportBadMapping), MappingProblem(texts, problem))));
            }
        }
        else
        {
            mapping = CrmMapping.Preset(arguments);
            if (mapping is null)
            {
                return context.Privately(context.Usage(texts.Format(nameof(BotStrings.CrmImportUnknownPreset), CardText.Escape(Display.Shorten(arguments)))));
            }
        }

        var read = CrmOpportunityCsv.Read(csv, mapping);
        if (!read.IsValid)
        {
            var lines = read.FileErrors.Take(ReasonsShown * 2).Select(e => "- " + FileError(texts, e)).ToList();
            if (read.FileErrors.Count > lines.Count)
            {
                lines.Add("- " + texts.Format(nameof(BotStrings.CrmImportMore), read.FileErrors.Count - lines.Count));
            }

            return context.Privately(CommandReply.Text(texts.Format(nameof(BotStrings.CrmImportFileErrors), mapping.Name) + "\n\n" + string.Join("\n", lines)));
        }

        var typed = arguments.Length > 0 ? arguments : mapping.Name;
        if (confirmed)
        {
            return await ImportInBackgroundAsync(context, typed, mapping, read, cancellationToken);
        }

        var owners = await OwnersAsync(context, cancellationToken);
        var plan = confirmed
            ? await import.ImportAsync(context.Team.Id, context.Actor, mapping.Name, read.Opportunities, owners, null, cancellationToken)
            : await import.PreviewAsync(context.Team.Id, read.Opportunities, owners, cancellationToken);
        if (confirmed)
        {
            Imported(context, plan, read.Refused.Count);
        }

        var (title, notes, facts) = Outcome(context, typed, mapping, plan, read.Refused, confirmed);
        return context.Privately(AdminReplies.Confirm(context, title, null, null, notes, facts));
    }

    /// <summary>
    /// The confirmed import: a progress card at once (in the personal chat, also when asked in a channel), then the owners'
    /// lookup and the writes after the turn, the card replaced now and then with the counts so far and finally with the
    /// outcome and the time taken.
    /// </summary>
    private async Task<CommandReply> ImportInBackgroundAsync(
        AdminCommandContext context, string typed, CrmMapping mapping, CrmReadResult read, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var turn = context.Turn;
        var title = texts.Format(nameof(BotStrings.CrmImportProgressTitle), mapping.Name, CardText.Escape(context.Team.Name));
        var first = ProgressCard.Build(new ProgressCardModel(title), context.Locale);
        var message = await adminProgress.StartAsync(
            context, MessageFactory.Card(first.ToJson(), first.FallbackText), texts.Text(nameof(BotStrings.CrmImportSentPrivately)), cancellationToken);
        if (message is null)
        {
            return context.Say(nameof(BotStrings.PrivateAnswerNoPersonalChat)); // asked in a channel, no personal chat: nothing imported
        }

        var badRows = read.Refused.Count;
        var progress = new ProgressCardUpdater<CrmImportProgress>(
            message, title, context.Locale, time, progressOptions.Value.UpdateInterval, logger,
            p => p.Processed,
            p => new ProgressCardModel(title) { Counts = ProgressFacts(texts, p with { Rows = p.Rows + badRows, Processed = p.Processed + badRows, Refused = p.Refused + badRows }) },
            beforeAnyReport: new ProgressCardModel(title) { Counts = [] }) // stopped before the plan was made: no counts to show
        {
            MinimumShown = progressOptions.Value.MinimumShown,
        };
        if (!message.CanUpdate)
        {
            // A conversation that does not say which message it created cannot have it updated: import within the turn.
            var plan = await import.ImportAsync(context.Team.Id, context.Actor, mapping.Name, read.Opportunities, await OwnersAsync(context, cancellationToken), progress, cancellationToken);
            Imported(context, plan, badRows);
            var (doneTitle, doneNotes, _) = Outcome(context, typed, mapping, plan, read.Refused, confirmed: true);
            return context.Privately(CommandReply.Card(ProgressCard.Build(progress.FinalModel(doneTitle, doneNotes), context.Locale)) with { PrivateNotice = string.Empty });
        }

        longWork.Start("import crm", async stopping =>
        {
            using var updates = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var loop = progress.RunAsync(updates.Token);
            CrmImportPlan? plan = null;
            try
            {
                plan = await import.ImportAsync(context.Team.Id, context.Actor, mapping.Name, read.Opportunities, await OwnersAsync(context, stopping), progress, stopping);
                Imported(context, plan, badRows);
            }
            finally
            {
                await updates.CancelAsync();
                await loop;
                if (!stopping.IsCancellationRequested)
                {
                    var (finalTitle, notes, _) = plan is null
                        ? (title, (IReadOnlyList<string>)[texts.Text(nameof(BotStrings.CrmImportProgressFailed))], (IReadOnlyList<Fact>)[])
                        : Outcome(context, typed, mapping, plan, read.Refused, confirmed: true);
                    await progress.FinishAsync(finalTitle, notes, stopping);
                }
            }
        });
        return CommandReply.None;
    }

    private void Imported(AdminCommandContext context, CrmImportPlan plan, int badRows) =>
        CrmImportLog.Imported(logger, context.Team.Id.Value, context.Actor.Value, plan.Added, plan.Updated, plan.Unmatched.Count, plan.Refused.Count + badRows);

    /// <summary>The progress card's counts: rows processed of all, then added, updated, unmatched and refused so far.</summary>
    private static IReadOnlyList<Fact> ProgressFacts(UserTexts texts, CrmImportProgress p)
    {
        string Count(int n) => n.ToString("N0", texts.FormatCulture);
        return
        [
            new(texts.Text(nameof(BotStrings.CrmImportProcessed)), texts.Format(nameof(BotStrings.CrmImportProcessedOf), Count(p.Processed), Count(p.Rows))),
            new(texts.Text(nameof(BotStrings.CrmImportAdded)), Count(p.Added)),
            new(texts.Text(nameof(BotStrings.CrmImportUpdated)), Count(p.Updated)),
            new(texts.Text(nameof(BotStrings.CrmImportUnchanged)), Count(p.Unchanged)),
            new(texts.Text(nameof(BotStrings.CrmImportUnmatched)), Count(p.Unmatched)),
            new(texts.Text(nameof(BotStrings.CrmImportRefused)), Count(p.Refused)),
        ];
    }

    private static (string Title, IReadOnlyList<string> Notes, IReadOnlyList<Fact> Facts) Outcome(
        AdminCommandContext context, string typedMapping, CrmMapping mapping, CrmImportPlan plan, IReadOnlyList<CrmImportIssue> badRows, bool confirmed)
    {
        var texts = context.Texts;
        string Count(int n) => n.ToString("N0", texts.FormatCulture);
        var refused = badRows.Concat(plan.Refused).ToList();
        var facts = new List<Fact>
        {
            new(texts.Text(nameof(BotStrings.CrmImportAdded)), Count(plan.Added)),
            new(texts.Text(nameof(BotStrings.CrmImportUpdated)), Count(plan.Updated)),
            new(texts.Text(nameof(BotStrings.CrmImportUnchanged)), Count(plan.Unchanged)),
            new(texts.Text(nameof(BotStrings.CrmImportUnmatched)), Count(plan.Unmatched.Count)),
            new(texts.Text(nameof(BotStrings.CrmImportRefused)), Count(refused.Count)),
        };
        var issues = plan.Unmatched.Concat(refused).OrderBy(i => i.Line).ToList();
        var notes = issues.Take(ReasonsShown).Select(i => Issue(texts, i)).ToList();
        if (issues.Count > ReasonsShown)
        {
            notes.Add(texts.Format(nameof(BotStrings.CrmImportMore), issues.Count - ReasonsShown));
        }

        var confirmWord = context.Texts.Text(nameof(BotStrings.DeleteTeamDataConfirmWord));
        notes.Add(confirmed
            ? texts.Text(nameof(BotStrings.CrmImportDoneNote))
            : texts.Format(nameof(BotStrings.CrmImportConfirmHint), CardText.Escape(texts.Text(nameof(BotStrings.CrmImportCommandWords)) + " " + typedMapping + " " + confirmWord)));
        var title = texts.Format(confirmed ? nameof(BotStrings.CrmImportDoneTitle) : nameof(BotStrings.CrmImportPreviewTitle), mapping.Name);
        return (title, notes, facts);
    }

    private static string Issue(UserTexts texts, CrmImportIssue issue)
    {
        var line = issue.Line.ToString(CultureInfo.InvariantCulture);
        return issue.Kind switch
        {
            CrmIssueKind.OwnerNotARep => texts.Format(nameof(BotStrings.CrmImportLine), line, texts.Format(nameof(BotStrings.CrmIssueOwnerNotARep), CardText.Escape(issue.Subject))),
            CrmIssueKind.DuplicateId => texts.Format(nameof(BotStrings.CrmImportLine), line, texts.Format(nameof(BotStrings.CrmIssueDuplicateId), issue.Detail ?? string.Empty)),
            CrmIssueKind.TooManyDeals => texts.Format(nameof(BotStrings.CrmImportLine), line, texts.Format(nameof(BotStrings.CrmIssueTooManyDeals), CardText.Escape(issue.Subject))),
            _ when issue.Column is { } column => texts.Format(
                nameof(BotStrings.CrmImportLineColumn), line, column.ToString(CultureInfo.InvariantCulture), CardText.Escape(issue.ColumnName ?? string.Empty), CellProblem(texts, issue)),
            _ => texts.Format(nameof(BotStrings.CrmImportLine), line, CardText.Escape(issue.Detail ?? string.Empty)),
        };
    }

    private static string CellProblem(UserTexts texts, CrmImportIssue issue)
    {
        var value = CardText.Escape(issue.Value ?? string.Empty);
        return issue.Subject switch
        {
            "id" => texts.Format(nameof(BotStrings.CrmCellId), value),
            "owner" => texts.Text(nameof(BotStrings.CrmCellOwner)),
            "name" => texts.Text(nameof(BotStrings.CrmCellName)),
            "amount" => texts.Format(nameof(BotStrings.CrmCellAmount), value),
            "close" => texts.Format(nameof(BotStrings.CrmCellClose), value),
            "probability" => texts.Format(nameof(BotStrings.CrmCellProbability), value),
            _ => CardText.Escape(issue.Detail ?? string.Empty),
        };
    }

    /// <summary>Why the custom mapping cannot be read, in the reader's language (what they typed stays as typed).</summary>
    private static string MappingProblem(UserTexts texts, CrmMappingProblem? problem) => problem?.Kind switch
    {
        CrmMappingProblemKind.NotKeyValue => texts.Format(nameof(BotStrings.CrmMappingNotKeyValue), CardText.Escape(Display.Shorten(problem.Subject))),
        CrmMappingProblemKind.UnknownKey => texts.Format(nameof(BotStrings.CrmMappingUnknownKey), CardText.Escape(Display.Shorten(problem.Subject))),
        CrmMappingProblemKind.MissingKeys => texts.Format(
            nameof(BotStrings.CrmMappingMissingKeys),
            string.Join(texts.Text(nameof(BotStrings.CrmMappingKeySeparator)), problem.Subject.Split(", ").Select(key => MappingKey(texts, key)))),
        _ => CardText.Escape(problem?.Message ?? string.Empty),
    };

    private static string MappingKey(UserTexts texts, string key) => key switch
    {
        "id" => texts.Text(nameof(BotStrings.CrmMappingKeyId)),
        "owner" => texts.Text(nameof(BotStrings.CrmMappingKeyOwner)),
        "name" => texts.Text(nameof(BotStrings.CrmMappingKeyName)),
        "amount" => texts.Text(nameof(BotStrings.CrmMappingKeyAmount)),
        "close" => texts.Text(nameof(BotStrings.CrmMappingKeyClose)),
        _ => CardText.Escape(key),
    };

    private static string FileError(UserTexts texts, CsvError error)
    {
        var a = error.Arguments.Select(CardText.Escape).ToArray();
        var problem = error.Problem switch
        {
            CsvProblem.QuoteInUnquotedField => texts.Text(nameof(BotStrings.CsvProblemQuoteInUnquotedField)),
            CsvProblem.TextAfterClosingQuote => texts.Text(nameof(BotStrings.CsvProblemTextAfterClosingQuote)),
            CsvProblem.UnclosedQuote => texts.Text(nameof(BotStrings.CsvProblemUnclosedQuote)),
            CsvProblem.EmptyFile => texts.Text(nameof(BotStrings.CsvProblemEmptyFile)),
            CsvProblem.MissingColumn when a.Length == 3 => texts.Format(nameof(BotStrings.CsvProblemMissingColumn), a[0], a[1], a[2]),
            CsvProblem.CellCount when a.Length == 2 => texts.Format(nameof(BotStrings.CsvProblemCellCount), a[0], a[1]),
            _ => CardText.Escape(error.Message),
        };
        var line = error.Line.ToString(CultureInfo.InvariantCulture);
        return error.Column is { } column
            ? texts.Format(nameof(BotStrings.CrmImportLineColumn), line, column.ToString(CultureInfo.InvariantCulture), CardText.Escape(error.ColumnName ?? string.Empty), problem)
            : texts.Format(nameof(BotStrings.CrmImportLine), line, problem);
    }

    /// <summary>Every e-mail and UPN Teams has for the team's members, to the member's Entra object id.</summary>
    private static async Task<IReadOnlyDictionary<string, RepId>> OwnersAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, RepId>(StringComparer.OrdinalIgnoreCase);
        if (!Uri.TryCreate(context.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return owners;
        }

        var members = await context.Turn.Connector.GetAllMembersAsync(serviceUrl, context.Team.Id.Value, cancellationToken);
        foreach (var member in members)
        {
            if (member.AadObjectId is not { Length: > 0 and <= RepId.MaxLength } id)
            {
                continue;
            }

            foreach (var address in new[] { member.Email, member.UserPrincipalName })
            {
                if (!string.IsNullOrWhiteSpace(address))
                {
                    owners.TryAdd(address.Trim(), RepId.From(id));
                }
            }
        }

        return owners;
    }
}
