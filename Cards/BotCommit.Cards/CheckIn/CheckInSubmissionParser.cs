using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using static BotCommit.Cards.CheckIn.CheckInParseResult;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// Turns the data of a check-in card action into a <see cref="CheckInParseResult"/>. Pass the data object: for
/// <c>Action.Execute</c> that is <c>value.action.data</c> of the invoke, for the <c>Action.Submit</c> fallback the
/// message's <c>value</c> (both hold the card's data merged with its inputs). Every value is re-validated here; deal
/// ids and names come only from <see cref="CheckInParseContext.Deals"/>, never from the data.
/// </summary>
public static class CheckInSubmissionParser
{
    public static CheckInParseResult Parse(JsonObject data, CheckInParseContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);

        if (!IsReadable(data))
        {
            return new Stale(StaleReason.Unreadable);
        }

        if (ReadInt(data, CheckInActionData.CardVersion) != CheckInCard.CardVersion)
        {
            return new Stale(StaleReason.UnknownCardVersion);
        }

        if (!ForecastWeek.TryParse(ReadText(data, CheckInActionData.Week), out var week) || week != context.Week)
        {
            return new Stale(StaleReason.WrongWeek);
        }

        if (context.CardRev is { } rev && ReadInt(data, CheckInActionData.CardRev) != rev)
        {
            return new Stale(StaleReason.Superseded) { Draft = WithoutExistingDeals(ReadDraft(data, context)) };
        }

        var verb = ReadText(data, CheckInActionData.Verb);
        if (!CheckInVerbs.IsKnown(verb))
        {
            return new Stale(StaleReason.UnknownVerb);
        }

        if (HasUnknownDealInput(data, context))
        {
            return new Stale(StaleReason.UnknownDeal);
        }

        var draft = ReadDraft(data, context);
        return verb switch
        {
            CheckInVerbs.Edit => new Edit(),
            CheckInVerbs.AddDeal => new AddDealSlot(draft.WithNewDealSlots(Math.Min(draft.NewDealSlots + 1, CheckInCard.MaxNewDealSlots))),
            CheckInVerbs.Page => new ChangePage(draft.WithPage(Math.Clamp(ReadInt(data, CheckInActionData.GoTo) ?? 0, 0, Submission.MaxDeals))),
            CheckInVerbs.Away => ParseAway(draft, context),
            CheckInVerbs.Skip => ParseSkip(draft),
            CheckInVerbs.Confirm => ParseConfirm(draft, context),
            _ => ParseSubmit(draft, context),
        };
    }

    private static CheckInParseResult ParseSubmit(CheckInDraft draft, CheckInParseContext context)
    {
        var errors = new List<FieldError>();
        var deals = Validate(draft, context, errors);
        if (errors.Count > 0)
        {
            return new Invalid(errors, draft);
        }

        var ids = new HashSet<DealId>(context.Deals.Select(d => d.Id));
        var result = new List<DealForecast>(deals.Count);
        foreach (var (existing, values) in deals)
        {
            if (existing is not null)
            {
                result.Add(values.ToDeal(existing.Id, existing.Account, existing.Name));
                continue;
            }

            var id = context.NewDealId();
            if (id.Value.Length == 0 || !ids.Add(id))
            {
                throw new InvalidOperationException($"The deal id generator returned '{id}', which is empty or already used.");
            }

            result.Add(values.ToDeal(id, values.Account!, values.Name!));
        }

        return new Submitted(result);
    }

    private static CheckInParseResult ParseConfirm(CheckInDraft draft, CheckInParseContext context)
    {
        var changed = context.Deals.Any(d => CheckInInputs.IsChanged(draft, d))
            || Enumerable.Range(1, draft.NewDealSlots).Any(slot => CheckInInputs.IsFilled(draft, slot));
        if (changed)
        {
            return new Invalid([new FieldError(null, FieldErrorCode.UnsavedChanges)], draft);
        }

        // Confirming "as is" still has to be a valid snapshot (e.g. an open deal whose close date has slipped by).
        var errors = new List<FieldError>();
        Validate(draft, context, errors);
        return errors.Count > 0 ? new Invalid(errors, draft) : new NoChanges();
    }

    private static CheckInParseResult ParseAway(CheckInDraft draft, CheckInParseContext context)
    {
        var errors = new List<FieldError>();
        var window = AwayWindow.For(context.Week);
        var until = CheckInFieldParser.Date(CheckInInputs.AwayUntil, draft.Get(CheckInInputs.AwayUntil), DateOnly.MinValue, DateOnly.MaxValue, errors);
        if (until is { } date && date < window.First)
        {
            errors.Add(new FieldError(CheckInInputs.AwayUntil, FieldErrorCode.AwayDateInPast) { Arguments = [window.First] });
        }
        else if (until > window.Last)
        {
            errors.Add(new FieldError(CheckInInputs.AwayUntil, FieldErrorCode.DateOutOfRange) { Arguments = [window.First, window.Last] });
        }

        return errors.Count > 0 ? new Invalid(errors, draft) : new Away(until!.Value);
    }

    private static CheckInParseResult ParseSkip(CheckInDraft draft)
    {
        var errors = new List<FieldError>();
        var reason = CheckInFieldParser.Text(CheckInInputs.SkipReason, draft.Get(CheckInInputs.SkipReason), Submission.MaxSkipReasonLength, errors);
        if (reason is not null && CheckInFieldParser.IsBlank(reason))
        {
            errors.Add(new FieldError(CheckInInputs.SkipReason, FieldErrorCode.SkipReasonRequired));
        }

        return errors.Count > 0 ? new Invalid(errors, draft) : new Skip(reason!);
    }

    /// <summary>Validates every current deal and every filled new-deal slot; returns (stored deal or null, values).</summary>
    private static List<(DealForecast? Existing, DealValues Values)> Validate(
        CheckInDraft draft, CheckInParseContext context, List<FieldError> errors)
    {
        var result = new List<(DealForecast?, DealValues)>();
        foreach (var deal in context.Deals)
        {
            var values = ParseDeal(
                field => CheckInInputs.Deal(deal.Id, field),
                field => draft.Get(CheckInInputs.Deal(deal.Id, field)) ?? CheckInInputs.StoredValue(deal, field),
                context,
                errors);
            if (values is not null)
            {
                result.Add((deal, values));
            }
        }

        var names = new HashSet<string>(context.Deals.Select(d => DealKey(d.Account, d.Name)), StringComparer.Ordinal);
        var filled = 0;
        for (var slot = 1; slot <= draft.NewDealSlots; slot++)
        {
            if (!CheckInInputs.IsFilled(draft, slot))
            {
                continue;
            }

            filled++;
            var s = slot;
            string Id(string field) => CheckInInputs.NewDeal(s, field);
            var before = errors.Count;
            var account = CheckInFieldParser.Text(Id(CheckInInputs.Account), draft.Get(Id(CheckInInputs.Account)), DealForecast.MaxAccountLength, errors);
            if (account is not null && CheckInFieldParser.IsBlank(account))
            {
                errors.Add(new FieldError(Id(CheckInInputs.Account), FieldErrorCode.AccountRequired));
            }

            var name = CheckInFieldParser.Text(Id(CheckInInputs.Name), draft.Get(Id(CheckInInputs.Name)), DealForecast.MaxNameLength, errors);
            if (name is not null && CheckInFieldParser.IsBlank(name))
            {
                errors.Add(new FieldError(Id(CheckInInputs.Name), FieldErrorCode.NameRequired));
            }
            else if (name is not null && account is not null && !CheckInFieldParser.IsBlank(account) && !names.Add(DealKey(account, name)))
            {
                errors.Add(new FieldError(Id(CheckInInputs.Name), FieldErrorCode.DuplicateDeal));
            }

            var values = ParseDeal(Id, field => draft.Get(Id(field)), context, errors);
            if (values is not null && errors.Count == before)
            {
                result.Add((null, values with { Account = account, Name = name }));
            }
        }

        if (context.Deals.Count + filled > Submission.MaxDeals)
        {
            errors.Add(new FieldError(null, FieldErrorCode.TooManyDeals) { Arguments = [Submission.MaxDeals] });
        }

        return result;
    }

    private static DealValues? ParseDeal(Func<string, string> id, Func<string, string?> raw, CheckInParseContext context, List<FieldError> errors)
    {
        var before = errors.Count;
        var category = CheckInFieldParser.Category(id(CheckInInputs.Category), raw(CheckInInputs.Category), errors);
        var amount = CheckInFieldParser.Amount(id(CheckInInputs.Amount), raw(CheckInInputs.Amount), context.AmountCeiling, context.NumberCulture, errors);
        var (earliest, latest) = DealRules.CloseDateRange(context.Week);
        var close = CheckInFieldParser.Date(id(CheckInInputs.Close), raw(CheckInInputs.Close), earliest, latest, errors);
        var stage = CheckInFieldParser.Stage(id(CheckInInputs.Stage), raw(CheckInInputs.Stage), errors);
        var checks = CheckInInputs.ChecklistFields.Select(f => CheckInFieldParser.Toggle(id(f), raw(f), errors)).ToList();
        var unrealized = CheckInFieldParser.Toggle(id(CheckInInputs.Unrealized), raw(CheckInInputs.Unrealized), errors);
        var reason = CheckInFieldParser.Text(id(CheckInInputs.Reason), raw(CheckInInputs.Reason), DealForecast.MaxReasonLength, errors);

        var checklist = checks.All(c => c.HasValue)
            ? new CommitChecklist(checks[0]!.Value, checks[1]!.Value, checks[2]!.Value, checks[3]!.Value, checks[4]!.Value)
            : (CommitChecklist?)null;
        foreach (var rule in DealRules.Check(context.Week, category, close, stage, checklist, unrealized, reason))
        {
            errors.Add(RuleError(rule, id, context.Week));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new DealValues(category!.Value, amount!.Value, close!.Value, stage!.Value, checklist!.Value, unrealized!.Value, reason!.Length == 0 ? null : reason);
    }

    /// <summary>Where a broken domain rule is shown on the card, and with which message.</summary>
    private static FieldError RuleError(DealRule rule, Func<string, string> id, ForecastWeek week) => rule switch
    {
        DealRule.CloseDateInPast => new FieldError(id(CheckInInputs.Close), FieldErrorCode.CloseDateInPast) { Arguments = [week.Monday] },
        DealRule.ReasonRequired => new FieldError(id(CheckInInputs.Reason), FieldErrorCode.ReasonRequired),
        DealRule.UnrealizedNotWon => new FieldError(id(CheckInInputs.Unrealized), FieldErrorCode.UnrealizedNotWon),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a deal rule."),
    };

    private static bool HasUnknownDealInput(JsonObject data, CheckInParseContext context)
    {
        var known = new HashSet<string>(
            context.Deals.SelectMany(d => CheckInInputs.DealFields.Select(f => CheckInInputs.Deal(d.Id, f))),
            StringComparer.Ordinal);
        return data.Any(p => p.Key.StartsWith(CheckInInputs.DealPrefix, StringComparison.Ordinal) && !known.Contains(p.Key));
    }

    /// <summary>The typed values that cannot conflict with a newer stored state: new deals, away date, skip reason.</summary>
    private static CheckInDraft WithoutExistingDeals(CheckInDraft draft) =>
        CheckInDraft.Create(
            draft.Values
                .Where(p => !p.Key.StartsWith(CheckInInputs.DealPrefix, StringComparison.Ordinal))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            draft.NewDealSlots,
            0);

    private static CheckInDraft ReadDraft(JsonObject data, CheckInParseContext context)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Take(string key)
        {
            if (ReadText(data, key) is { } value)
            {
                values[key] = value;
            }
        }

        foreach (var deal in context.Deals)
        {
            foreach (var field in CheckInInputs.DealFields)
            {
                Take(CheckInInputs.Deal(deal.Id, field));
            }
        }

        var slots = Math.Clamp(ReadInt(data, CheckInActionData.Slots) ?? 0, 0, CheckInCard.MaxNewDealSlots);
        for (var slot = 1; slot <= CheckInCard.MaxNewDealSlots; slot++)
        {
            foreach (var field in CheckInInputs.NewDealFields)
            {
                Take(CheckInInputs.NewDeal(slot, field));
            }
        }

        Take(CheckInInputs.AwayUntil);
        Take(CheckInInputs.SkipReason);

        var draft = CheckInDraft.Create(values, slots, Math.Clamp(ReadInt(data, CheckInActionData.Page) ?? 0, 0, Submission.MaxDeals));

        // A filled slot beyond the announced count is still the rep's typing: keep it.
        var lastFilled = Enumerable.Range(1, CheckInCard.MaxNewDealSlots).LastOrDefault(slot => CheckInInputs.IsFilled(draft, slot));
        return lastFilled > slots ? draft.WithNewDealSlots(lastFilled) : draft;
    }

    /// <summary>
    /// A value as text: strings as they are, numbers and booleans as their JSON text; null when absent. Unpaired
    /// surrogates (JSON may carry <c>\ud800</c>; .NET refuses to decode it) become U+FFFD, as any JSON writer prints them,
    /// so nothing downstream meets text it cannot store or show.
    /// </summary>
    private static string? ReadText(JsonObject data, string key)
    {
        if (!data.TryGetPropertyValue(key, out var node) || node is null)
        {
            return null;
        }

        try
        {
            return CheckInFieldParser.WellFormed(node is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : node.ToJsonString());
        }
        catch (InvalidOperationException)
        {
            return node is JsonValue text && text.TryGetValue<JsonElement>(out var element) && element.ValueKind == JsonValueKind.String
                ? CheckInFieldParser.DecodeLeniently(element.GetRawText())
                : CheckInFieldParser.Replacement;
        }
    }

    /// <summary>
    /// Data parsed from JSON reads its keys on first use; duplicate keys or key names with broken UTF-16 make that throw.
    /// No card writes such data: it is refused as a whole.
    /// </summary>
    private static bool IsReadable(JsonObject data)
    {
        try
        {
            _ = data.Count;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static int? ReadInt(JsonObject data, string key) =>
        int.TryParse(ReadText(data, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string DealKey(string account, string name) =>
        string.Join(' ', account.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant()
        + "\u0000"
        + string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private sealed record DealValues(
        ForecastCategory Category,
        decimal Amount,
        DateOnly CloseDate,
        Stage Stage,
        CommitChecklist Checklist,
        bool Unrealized,
        string? Reason)
    {
        public string? Account { get; init; }

        public string? Name { get; init; }

        public DealForecast ToDeal(DealId id, string account, string name) =>
            new(id, account, name, Category, Amount, CloseDate, Stage)
            {
                Checklist = Checklist,
                Unrealized = Unrealized,
                Reason = Reason,
            };
    }
}
