using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Summary;

/// <summary>Writes the summary card of <see cref="SummaryCard"/>; everything but the rep rows is built once.</summary>
internal sealed class SummaryCardWriter
{
    private const int ChartLabelLength = 20;
    private const int AwayReasonLength = 60;

    private static readonly int[] RepTableWeights = [3, 2, 2];

    private readonly SummaryCardModel _model;
    private readonly CardLocale _locale;
    private readonly IReadOnlyList<RepSummary> _reps;
    private readonly string _title;
    private readonly IReadOnlyList<CardElement> _top;
    private readonly IReadOnlyList<CardElement> _formulas;

    public SummaryCardWriter(SummaryCardModel model, CardLocale locale)
    {
        _model = model;
        _locale = locale;
        _reps = model.Summary.RepsInOrder(locale.FormatCulture.Name);
        var week = model.Summary.Week;
        _title = model.Late
            ? locale.Format(nameof(CardStrings.SummaryTitleLate), week)
            : locale.Format(nameof(CardStrings.SummaryTitle), week);
        _top = model.TeamFiguresOnly
            ? [.. Header(), .. Figures(), new TextBlock(T(nameof(CardStrings.SummaryDetailsSentPrivately))) { IsSubtle = true, Separator = true }]
            : [.. Header(), .. People(), .. Figures(), .. Chart(), .. Movements(), .. SoftCommits(), .. HiddenCommits()];
        _formulas = Formulas();
    }

    public int RepCount => _model.TeamFiguresOnly ? 0 : _reps.Count;

    public AdaptiveCard Write(int repRows)
    {
        var body = new List<CardElement>(_top);
        if (!_model.TeamFiguresOnly)
        {
            body.AddRange(RepTable(Math.Clamp(repRows, 0, _reps.Count)));
        }

        body.AddRange(_formulas);
        return new AdaptiveCard(body) { FallbackText = _title };
    }

    private string T(string name) => _locale.Text(name);

    private IEnumerable<CardElement> Header()
    {
        yield return new TextBlock(_title) { Size = "Large", Weight = "Bolder" };
        var monday = _model.Summary.Period.Monday;
        yield return new TextBlock(_model.TeamName.Length > 0
            ? _locale.Format(nameof(CardStrings.SummarySubtitle), SummaryDisplay.Short(_model.TeamName, 80), SummaryDisplay.Date(_locale, monday), _model.Currency)
            : _locale.Format(nameof(CardStrings.SummarySubtitleNoTeam), SummaryDisplay.Date(_locale, monday), _model.Currency))
        {
            IsSubtle = true,
            Spacing = "None",
        };
        if (_model.Late)
        {
            yield return new TextBlock(T(nameof(CardStrings.SummaryLateNote))) { Color = "Warning", Spacing = "Small" };
        }
    }

    private IEnumerable<CardElement> People()
    {
        yield return Heading(T(nameof(CardStrings.SummarySubmissionsHeader)));
        var missing = _reps.Where(r => !r.Away && !r.Submitted && !r.Carried && !r.SkippedLate).Select(SummaryDisplay.Name).ToList();
        var skippedLate = _reps.Where(r => r.SkippedLate).Select(SummaryDisplay.Name).ToList();
        var carried = _reps.Where(r => !r.Away && !r.Submitted && r.Carried).Select(SummaryDisplay.Name).ToList();
        var late = _reps.Where(r => !r.Away && r.Submitted && r.Late).Select(SummaryDisplay.Name).ToList();
        var away = _reps.Where(r => r.Away).Select(Away).ToList();
        if (missing.Count + carried.Count + late.Count + skippedLate.Count == 0)
        {
            yield return new TextBlock(T(nameof(CardStrings.SummaryEveryoneOnTime))) { Color = "Good", Spacing = "Small" };
        }

        foreach (var (names, text, attention) in new[]
        {
            (missing, nameof(CardStrings.SummaryPeopleMissing), true),
            (carried, nameof(CardStrings.SummaryPeopleCarried), true),
            (late, nameof(CardStrings.SummaryPeopleLate), true),
            (skippedLate, nameof(CardStrings.SummaryPeopleSkippedLate), true),
            (away, nameof(CardStrings.SummaryPeopleAway), false),
        })
        {
            if (names.Count > 0)
            {
                yield return new TextBlock(_locale.Format(text, names.Count, SummaryDisplay.Names(_locale, names, SummaryCard.MaxNamesPerLine)))
                {
                    Color = attention ? "Attention" : null,
                    Spacing = "Small",
                };
            }
        }
    }

    private string Away(RepSummary rep) =>
        rep.AwayReason is { Length: > 0 } reason
            ? _locale.Format(nameof(CardStrings.SummaryAwayWithReason), SummaryDisplay.Name(rep), SummaryDisplay.Short(reason, AwayReasonLength))
            : SummaryDisplay.Name(rep);

    private IEnumerable<CardElement> Figures()
    {
        yield return Heading(T(nameof(CardStrings.SummaryFiguresHeader)));
        var lines = new List<FigureLine>(FigureLines.For(_model.Summary.TeamFigures, _locale))
        {
            FigureLines.Compliance(_model.Summary, _locale),
        };
        foreach (var element in FigureSection.Build(lines, _locale))
        {
            yield return element;
        }
    }

    private IEnumerable<CardElement> Chart()
    {
        var measured = _reps
            .Where(r => r.Figures.LastWeekCommit > 0m || r.Figures.LastWeekActual > 0m)
            .OrderByDescending(r => r.Figures.LastWeekCommit)
            .ThenByDescending(r => r.Figures.LastWeekActual)
            .ToList();
        if (measured.Count == 0)
        {
            yield break;
        }

        var shown = measured.Take(SummaryCard.MaxChartReps).ToList();
        var fallback = new FactSet([.. shown.Select(r => new Fact(
            SummaryDisplay.Name(r),
            _locale.Format(
                nameof(CardStrings.SummaryChartFallbackValue),
                SummaryDisplay.Amount(_locale, r.Figures.LastWeekCommit),
                SummaryDisplay.Amount(_locale, r.Figures.LastWeekActual))))]);
        yield return new GroupedBarChart(
            T(nameof(CardStrings.SummaryChartTitle)),
            [
                new ChartSeries(T(nameof(CardStrings.SummaryChartCommit)), [.. shown.Select(r => new ChartPoint(Label(r), r.Figures.LastWeekCommit))]),
                new ChartSeries(T(nameof(CardStrings.SummaryChartActual)), [.. shown.Select(r => new ChartPoint(Label(r), r.Figures.LastWeekActual))]),
            ],
            fallback)
        {
            Separator = true,
        };
        if (measured.Count > shown.Count)
        {
            yield return new TextBlock(_locale.Format(nameof(CardStrings.SummaryChartMore), shown.Count, measured.Count)) { IsSubtle = true, Spacing = "Small" };
        }
    }

    private static string Label(RepSummary rep) => SummaryDisplay.Cut(rep.RepName, ChartLabelLength);

    private IEnumerable<CardElement> Movements()
    {
        yield return Heading(T(nameof(CardStrings.SummaryMovementsHeader)));
        var movements = _model.Summary.Movements;
        if (movements.Count == 0)
        {
            yield return new TextBlock(T(nameof(CardStrings.SummaryNoMovements))) { IsSubtle = true, Spacing = "Small" };
            yield break;
        }

        var names = _reps.ToDictionary(r => r.Rep, SummaryDisplay.Name);
        yield return new FactSet([.. movements.Take(SummaryCard.MaxMovements).Select(m => new Fact(
            DealTitle(m.Rep, m.Deal),
            _locale.Format(nameof(CardStrings.SummaryRepAndText), names.GetValueOrDefault(m.Rep) ?? SummaryDisplay.Short(m.Rep.Value, SummaryDisplay.MaxNameLength), MovementText.Describe(_locale, m))))]);
        if (movements.Count > SummaryCard.MaxMovements)
        {
            yield return More(movements.Count - SummaryCard.MaxMovements);
        }
    }

    private string DealTitle(RepId rep, DealId id)
    {
        var deal = Find(_model.Deals, rep, id) ?? Find(_model.PreviousDeals, rep, id);
        return deal is null ? SummaryDisplay.Short(id.Value, SummaryDisplay.MaxDealTextLength) : SummaryDisplay.DealTitle(_locale, deal);
    }

    private static DealForecast? Find(IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> deals, RepId rep, DealId id) =>
        deals.TryGetValue(rep, out var list) ? list.FirstOrDefault(d => d.Id == id) : null;

    private IReadOnlyList<DealForecast> DealsOf(RepSummary rep) => _model.Deals.GetValueOrDefault(rep.Rep) ?? [];

    private IEnumerable<CardElement> SoftCommits()
    {
        var soft = SummaryDeals.SoftCommits(_reps, DealsOf, _model.Summary.Period);
        return DealList(
            T(nameof(CardStrings.SummarySoftHeader)),
            T(nameof(CardStrings.SummaryNoSoftCommits)),
            soft,
            x => SummaryFacts.SoftCommit(_locale, x.Deal, SummaryDisplay.Name(x.Rep)));
    }

    private IEnumerable<CardElement> HiddenCommits()
    {
        var hidden = SummaryDeals.HiddenCommits(_reps, DealsOf, _model.Summary.Period);
        return DealList(
            T(nameof(CardStrings.SummaryHiddenHeader)),
            T(nameof(CardStrings.SummaryNoHiddenCommits)),
            hidden,
            x => SummaryFacts.HiddenCommit(_locale, x.Deal, SummaryDisplay.Name(x.Rep)));
    }

    private IEnumerable<CardElement> DealList(string header, string none, IReadOnlyList<RepDeal> deals, Func<RepDeal, Fact> fact)
    {
        yield return Heading(header);
        if (deals.Count == 0)
        {
            yield return new TextBlock(none) { IsSubtle = true, Spacing = "Small" };
            yield break;
        }

        yield return new FactSet([.. deals.Take(SummaryCard.MaxListedDeals).Select(fact)]);
        if (deals.Count > SummaryCard.MaxListedDeals)
        {
            yield return More(deals.Count - SummaryCard.MaxListedDeals);
        }
    }

    private IEnumerable<CardElement> RepTable(int rows)
    {
        yield return Heading(T(nameof(CardStrings.SummaryRepsHeader)));
        var table = new List<CardElement>(rows + 1)
        {
            // Headers wrap (a narrow card must not cut them); each says which week its column is about.
            Row(
                Cell(T(nameof(CardStrings.SummaryColumnRep))) with { Weight = "Bolder", Wrap = true },
                Cell(T(nameof(CardStrings.SummaryColumnCommit))) with { Weight = "Bolder", Wrap = true },
                Cell(T(nameof(CardStrings.SummaryColumnAttainment))) with { Weight = "Bolder", Wrap = true }),
        };
        foreach (var rep in _reps.Take(rows))
        {
            var figures = rep.Figures;
            var attainment = figures.Attainment;
            table.Add(Row(
                Cell(SummaryDisplay.NameWithState(_locale, rep)) with
                {
                    Color = SummaryDisplay.NeedsAttention(rep) ? "Attention" : null,
                    IsSubtle = rep.Away,
                },
                Cell(SummaryDisplay.Amount(_locale, figures.ThisWeekCommit)),
                Cell(attainment is { } a
                    ? SummaryDisplay.JudgedPercent(_locale, a, SummaryBands.IsAttainmentOutside)
                    : T(nameof(CardStrings.SummaryAbsentNoCommit))) with // the header names the week; a longer word is cut at 450 px
                {
                    Color = attainment is { } b && SummaryBands.IsAttainmentOutside(b) ? "Attention" : null,
                    IsSubtle = attainment is null,
                }));
        }

        yield return new Container(table) { Id = SummaryCard.RepTableId };
        if (rows < _reps.Count)
        {
            yield return new TextBlock(_locale.Format(nameof(CardStrings.SummaryRepsMore), _reps.Count - rows)) { Color = "Accent", Spacing = "Small" };
        }
    }

    // The same weights in every row keep the columns aligned (each row is its own ColumnSet); cells do not wrap.
    private static TableRow Row(params TextBlock[] cells) => new(cells, RepTableWeights);

    private static TextBlock Cell(string text) => new(text) { Wrap = false };

    private List<CardElement> Formulas()
    {
        var period = _model.Summary.Period;
        var lines = new[]
        {
            T(nameof(CardStrings.SummaryFormulaAttainment)),
            _locale.Format(nameof(CardStrings.SummaryFormulaLinearity), period.WeekOfMonth, period.WeeksInMonth),
            T(nameof(CardStrings.SummaryFormulaMonthForecast)),
            T(nameof(CardStrings.SummaryFormulaQuarterForecast)),
            T(nameof(CardStrings.SummaryFormulaCoverage)),
            T(nameof(CardStrings.SummaryFormulaCommitQuality)),
            T(nameof(CardStrings.SummaryFormulaHiddenCommit)),
            T(nameof(CardStrings.SummaryFormulaUnrealized)),
            T(nameof(CardStrings.SummaryFormulaCompliance)),
            T(nameof(CardStrings.SummaryFormulaTeam)),
        };
        // One TextBlock, one paragraph per formula: the section is hidden but still counts towards the card's size.
        return
        [
            new ActionSet([new ToggleVisibilityAction(T(nameof(CardStrings.SummaryFormulasButton)), [SummaryCard.FormulasId])]) { Separator = true },
            new Container([new TextBlock(string.Join("\n\n", lines)) { IsSubtle = true, Size = "Small" }])
            {
                Id = SummaryCard.FormulasId,
                IsVisible = false,
            },
        ];
    }

    private static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Separator = true };

    private TextBlock More(int count) =>
        new(_locale.Format(nameof(CardStrings.SummaryMoreInThread), count)) { IsSubtle = true, Spacing = "Small" };
}
