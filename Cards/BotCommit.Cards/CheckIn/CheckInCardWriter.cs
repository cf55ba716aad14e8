using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.CheckIn;

/// <summary>Writes one check-in card; see <see cref="CheckInCard"/>.</summary>
internal sealed class CheckInCardWriter
{
    private const string ErrorColor = "Attention";

    /// <summary>Deals named in the error summary; more are counted, not named (long names would bloat the card).</summary>
    private const int MaxDealsNamedInSummary = 3;
    private const int MaxTitlePartInSummary = 40;

    private readonly CheckInCardModel _model;
    private readonly CardLocale _locale;
    private readonly CheckInDraft _draft;
    private readonly ILookup<string, FieldError> _errorsByInput;
    private readonly IReadOnlyList<DealForecast> _ordered;
    private readonly int _pageCount;
    private readonly int _page;

    public CheckInCardWriter(CheckInCardModel model, CardLocale locale)
    {
        _model = model;
        _locale = locale;
        _draft = model.Draft;
        _errorsByInput = model.Errors.Where(e => e.InputId is not null).ToLookup(e => e.InputId!, StringComparer.Ordinal);
        _ordered = CheckInText.Ordered(model.Deals);
        _pageCount = Math.Max(1, (_ordered.Count + CheckInCard.PageSize - 1) / CheckInCard.PageSize);
        _page = ChoosePage();
    }

    public AdaptiveCard Write()
    {
        var body = new List<CardElement>();
        body.AddRange(Header());
        body.Add(new FactSet(CheckInText.Totals(_locale, _model.Totals, _model.Currency)));
        body.Add(Buttons(Execute(nameof(CardStrings.CheckInConfirmButton), CheckInVerbs.Confirm), Execute(nameof(CardStrings.CheckInSubmitButton), CheckInVerbs.Submit)));
        body.AddRange(DealList());
        body.AddRange(NewDeals());
        body.AddRange(AwayAndSkip());
        body.Add(Buttons(Execute(nameof(CardStrings.CheckInSubmitButton), CheckInVerbs.Submit)) with { Separator = true });
        return new AdaptiveCard(body)
        {
            FallbackText = _locale.Format(nameof(CardStrings.CheckInFallbackText), _model.Week),
        };
    }

    private int ChoosePage()
    {
        var requested = Math.Clamp(_draft.Page, 0, _pageCount - 1);
        var pagesWithErrors = _ordered
            .Select((deal, index) => (deal, index))
            .Where(x => HasErrors(x.deal))
            .Select(x => x.index / CheckInCard.PageSize)
            .ToList();
        return pagesWithErrors.Count == 0 || pagesWithErrors.Contains(requested) ? requested : pagesWithErrors[0];
    }

    private IEnumerable<CardElement> Header()
    {
        yield return new TextBlock(_locale.Format(nameof(CardStrings.CheckInTitle), _model.Week)) { Size = "Large", Weight = "Bolder" };
        yield return new TextBlock(_locale.Text(nameof(CardStrings.CheckInIntro))) { IsSubtle = true, Spacing = "Small" };
        yield return _model.PastDeadline
            ? new TextBlock(_locale.Format(nameof(CardStrings.CheckInPastDeadline), _model.Deadline)) { Color = ErrorColor, Spacing = "Small" }
            : new TextBlock(_locale.Format(nameof(CardStrings.CheckInDeadline), _model.Deadline)) { Spacing = "Small" };

        if (_model.Errors.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(_locale.Format(nameof(CardStrings.CheckInErrorSummary), _model.Errors.Count))
        {
            Id = "checkin-errors",
            Color = ErrorColor,
            Weight = "Bolder",
        };
        foreach (var error in _model.Errors.Where(e => e.InputId is null))
        {
            yield return ErrorText(error, id: null);
        }

        var dealsWithErrors = _ordered.Where(HasErrors).Select(d => CheckInText.ShortDealTitle(_locale, d, MaxTitlePartInSummary)).ToList();
        if (dealsWithErrors.Count > 0)
        {
            var named = string.Join("; ", dealsWithErrors.Take(MaxDealsNamedInSummary));
            if (dealsWithErrors.Count > MaxDealsNamedInSummary)
            {
                named = _locale.Format(nameof(CardStrings.CheckInErrorDealsMore), named, dealsWithErrors.Count - MaxDealsNamedInSummary);
            }

            yield return new TextBlock(_locale.Format(nameof(CardStrings.CheckInErrorDeals), named))
            {
                Color = ErrorColor,
                Spacing = "None",
            };
        }
    }

    private IEnumerable<CardElement> DealList()
    {
        yield return new TextBlock(_locale.Format(nameof(CardStrings.CheckInDealsHeader), _ordered.Count))
        {
            Weight = "Bolder",
            Separator = true,
        };
        if (_ordered.Count == 0)
        {
            yield return new TextBlock(_locale.Text(nameof(CardStrings.CheckInNoDeals))) { IsSubtle = true };
            yield break;
        }

        var first = _page * CheckInCard.PageSize;
        var onPage = _ordered.Skip(first).Take(CheckInCard.PageSize).ToList();
        if (_pageCount > 1)
        {
            yield return new TextBlock(_locale.Format(nameof(CardStrings.CheckInDealsPage), first + 1, first + onPage.Count, _ordered.Count))
            {
                IsSubtle = true,
                Spacing = "None",
            };
        }

        foreach (var deal in onPage)
        {
            yield return DealSummary(deal);
            yield return DealEditor(deal);
        }

        if (_pageCount > 1)
        {
            var paging = new List<CardAction>();
            if (_page > 0)
            {
                paging.Add(Execute(nameof(CardStrings.CheckInPreviousPage), CheckInVerbs.Page, _page - 1));
            }

            if (_page < _pageCount - 1)
            {
                paging.Add(Execute(nameof(CardStrings.CheckInNextPage), CheckInVerbs.Page, _page + 1));
            }

            yield return new ActionSet(paging);
        }

        var carried = CarriedInputs(_ordered.Except(onPage)).ToList();
        if (carried.Count > 0)
        {
            yield return new Container(carried) { IsVisible = false };
        }
    }

    private ColumnSet DealSummary(DealForecast deal)
    {
        var summary = CheckInText.DealSummary(_locale, deal, _model.Currency);
        if (CheckInInputs.IsChanged(_draft, deal))
        {
            summary = _locale.Format(nameof(CardStrings.CheckInDealEdited), summary);
        }

        var stalled = _model.Stalled.TryGetValue(deal.Id, out var found)
            ? _locale.Format(nameof(CardStrings.CheckInStalled), Pipeline.PipelineText.StallReasons(_locale, found))
            : null;
        return SummaryRow(CheckInText.DealTitle(_locale, deal), summary, CheckInInputs.EditContainer(deal.Id), stalled);
    }

    private ColumnSet SummaryRow(string title, string? subtitle, string target, string? marker = null)
    {
        var texts = new List<CardElement> { new TextBlock(title) };
        if (subtitle is not null)
        {
            texts.Add(new TextBlock(subtitle) { IsSubtle = true, Size = "Small", Spacing = "None" });
        }

        if (marker is not null)
        {
            texts.Add(new TextBlock(marker) { Color = "Warning", Size = "Small", Spacing = "None" });
        }

        var toggle = new ToggleVisibilityAction(_locale.Text(nameof(CardStrings.CheckInEditButton)), [target]);
        return new ColumnSet(
        [
            new Column(texts),
            new Column([new ActionSet([toggle])]) { Width = "auto", VerticalContentAlignment = "Center" },
        ])
        {
            Separator = true,
        };
    }

    private Container DealEditor(DealForecast deal)
    {
        string Id(string field) => CheckInInputs.Deal(deal.Id, field);
        string Value(string field) => _draft.Get(Id(field)) ?? CheckInInputs.StoredValue(deal, field);

        var items = DealInputs(Id, Value).ToList();
        var expanded = HasErrors(deal) || CheckInInputs.IsChanged(_draft, deal);
        return new Container(items) { Id = CheckInInputs.EditContainer(deal.Id), IsVisible = expanded ? null : false };
    }

    private IEnumerable<CardElement> DealInputs(Func<string, string> id, Func<string, string?> value)
    {
        foreach (var element in WithErrors(new ChoiceSetInput(id(CheckInInputs.Category), CategoryChoices())
        {
            Label = _locale.Text(nameof(CardStrings.CheckInLabelCategory)),
            Value = NullIfEmpty(value(CheckInInputs.Category)),
        }))
        {
            yield return element;
        }

        foreach (var element in WithErrors(new TextInput(id(CheckInInputs.Amount))
        {
            Label = _locale.Format(nameof(CardStrings.CheckInLabelAmount), _model.Currency),
            Placeholder = string.IsNullOrEmpty(value(CheckInInputs.Amount)) ? _locale.Text(nameof(CardStrings.CheckInAmountPlaceholder)) : null,
            Value = NullIfEmpty(value(CheckInInputs.Amount)),
        }))
        {
            yield return element;
        }

        foreach (var element in WithErrors(new DateInput(id(CheckInInputs.Close))
        {
            Label = _locale.Text(nameof(CardStrings.CheckInLabelCloseDate)),
            Value = NullIfEmpty(value(CheckInInputs.Close)),
        }))
        {
            yield return element;
        }

        foreach (var element in WithErrors(new ChoiceSetInput(id(CheckInInputs.Stage), StageChoices())
        {
            Label = _locale.Text(nameof(CardStrings.CheckInLabelStage)),
            Value = NullIfEmpty(value(CheckInInputs.Stage)),
        }))
        {
            yield return element;
        }

        yield return new TextBlock(_locale.Text(nameof(CardStrings.CheckInLabelChecklist))) { Size = "Small", Weight = "Bolder" };
        string[] checklistTitles =
        [
            nameof(CardStrings.CheckInChecklistConfigurationFinal),
            nameof(CardStrings.CheckInChecklistEndUserContract),
            nameof(CardStrings.CheckInChecklistPartnerContract),
            nameof(CardStrings.CheckInChecklistDiscountApproved),
            nameof(CardStrings.CheckInChecklistPartnerReady),
        ];
        for (var i = 0; i < checklistTitles.Length; i++)
        {
            var field = CheckInInputs.ChecklistFields[i];
            foreach (var element in WithErrors(Toggle(id(field), checklistTitles[i], value(field))))
            {
                yield return element;
            }
        }

        foreach (var element in WithErrors(Toggle(id(CheckInInputs.Unrealized), nameof(CardStrings.CheckInUnrealized), value(CheckInInputs.Unrealized))))
        {
            yield return element;
        }

        foreach (var element in WithErrors(new TextInput(id(CheckInInputs.Reason))
        {
            Label = _locale.Text(nameof(CardStrings.CheckInLabelReason)),
            Value = NullIfEmpty(value(CheckInInputs.Reason)),
            IsMultiline = true,
            MaxLength = DealForecast.MaxReasonLength,
        }))
        {
            yield return element;
        }
    }

    private IEnumerable<CardElement> NewDeals()
    {
        yield return new TextBlock(_locale.Text(nameof(CardStrings.CheckInNewDealsHeader))) { Weight = "Bolder", Separator = true };
        var slots = _draft.NewDealSlots;
        for (var slot = 1; slot <= slots; slot++)
        {
            var s = slot;
            string Id(string field) => CheckInInputs.NewDeal(s, field);
            string? Value(string field) => _draft.Get(Id(field));

            var container = CheckInInputs.NewDealContainer(slot);
            yield return SummaryRow(_locale.Format(nameof(CardStrings.CheckInNewDealSlot), slot), subtitle: null, container);

            var items = new List<CardElement>();
            items.AddRange(WithErrors(new TextInput(Id(CheckInInputs.Account))
            {
                Label = _locale.Text(nameof(CardStrings.CheckInLabelAccount)),
                Value = NullIfEmpty(Value(CheckInInputs.Account)),
                MaxLength = DealForecast.MaxAccountLength,
            }));
            items.AddRange(WithErrors(new TextInput(Id(CheckInInputs.Name))
            {
                Label = _locale.Text(nameof(CardStrings.CheckInLabelName)),
                Value = NullIfEmpty(Value(CheckInInputs.Name)),
                MaxLength = DealForecast.MaxNameLength,
            }));
            items.AddRange(DealInputs(Id, Value));

            var expanded = slot == slots
                || CheckInInputs.NewDealFields.Any(f => _errorsByInput.Contains(Id(f)))
                || CheckInInputs.IsFilled(_draft, slot);
            yield return new Container(items) { Id = container, IsVisible = expanded ? null : false };
        }

        if (slots < CheckInCard.MaxNewDealSlots)
        {
            yield return Buttons(Execute(nameof(CardStrings.CheckInAddDealButton), CheckInVerbs.AddDeal));
        }
    }

    private IEnumerable<CardElement> AwayAndSkip()
    {
        var toggle = new ToggleVisibilityAction(_locale.Text(nameof(CardStrings.CheckInAwayToggle)), [CheckInInputs.AwayContainer]);
        yield return new ActionSet([toggle]) { Separator = true };

        var items = new List<CardElement>();
        items.AddRange(WithErrors(new DateInput(CheckInInputs.AwayUntil)
        {
            Label = _locale.Text(nameof(CardStrings.CheckInAwayLabel)),
            Value = NullIfEmpty(_draft.Get(CheckInInputs.AwayUntil)),
        }));
        items.Add(Buttons(Execute(nameof(CardStrings.CheckInAwayButton), CheckInVerbs.Away)));
        items.AddRange(WithErrors(new TextInput(CheckInInputs.SkipReason)
        {
            Label = _locale.Text(nameof(CardStrings.CheckInSkipLabel)),
            Value = NullIfEmpty(_draft.Get(CheckInInputs.SkipReason)),
            IsMultiline = true,
            MaxLength = Forecasting.Submissions.Submission.MaxSkipReasonLength,
        }));
        items.Add(Buttons(Execute(nameof(CardStrings.CheckInSkipButton), CheckInVerbs.Skip)));

        var expanded = _errorsByInput.Contains(CheckInInputs.AwayUntil)
            || _errorsByInput.Contains(CheckInInputs.SkipReason)
            || !string.IsNullOrWhiteSpace(_draft.Get(CheckInInputs.AwayUntil))
            || !string.IsNullOrWhiteSpace(_draft.Get(CheckInInputs.SkipReason));
        yield return new Container(items) { Id = CheckInInputs.AwayContainer, IsVisible = expanded ? null : false };
    }

    /// <summary>Changed values of deals on other pages, as hidden inputs, so they are submitted with this page.</summary>
    private IEnumerable<CardElement> CarriedInputs(IEnumerable<DealForecast> deals)
    {
        foreach (var deal in deals)
        {
            foreach (var field in CheckInInputs.DealFields)
            {
                var id = CheckInInputs.Deal(deal.Id, field);
                if (CheckInInputs.Differs(_draft, id, CheckInInputs.StoredValue(deal, field)))
                {
                    yield return new TextInput(id) { Value = _draft.Get(id) };
                }
            }
        }
    }

    private ToggleInput Toggle(string id, string titleName, string? value) =>
        new(id, _locale.Text(titleName)) { Value = string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase) };

    private IEnumerable<CardElement> WithErrors(CardInput input)
    {
        yield return input;
        foreach (var error in _errorsByInput[input.Id!])
        {
            yield return ErrorText(error, CheckInInputs.Error(input.Id!));
        }
    }

    private TextBlock ErrorText(FieldError error, string? id) =>
        new(error.Message(_locale)) { Id = id, Color = ErrorColor, Size = "Small", Spacing = "None" };

    private bool HasErrors(DealForecast deal) =>
        CheckInInputs.DealFields.Any(field => _errorsByInput.Contains(CheckInInputs.Deal(deal.Id, field)));

    private List<Choice> CategoryChoices() =>
        [.. new[] { ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost }
            .Select(c => new Choice(CheckInText.Category(_locale, c), c.ToString()))];

    private List<Choice> StageChoices() =>
        [.. Stage.All.Select(s => new Choice(CheckInText.Stage(_locale, s), s.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static ActionSet Buttons(params CardAction[] actions) => new(actions);

    private ExecuteAction Execute(string titleName, string verb, int? goToPage = null)
    {
        var data = CheckInActionData.Create(verb, _model.Week, _model.CardRev);
        data[CheckInActionData.Page] = _page;
        data[CheckInActionData.Slots] = _draft.NewDealSlots;
        if (goToPage is { } target)
        {
            data[CheckInActionData.GoTo] = target;
        }

        return new ExecuteAction(_locale.Text(titleName), verb, data);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
