using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="ISubmissionStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class SubmissionStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<ISubmissionStore> CreateStoreAsync();

    [Fact]
    public async Task GetAsync_WhenNothingSaved_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.Null(found);
    }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var submission = Sample.Submission(
            Sample.Deal("D1") with { Unrealized = true, Category = ForecastCategory.Won, Checklist = CommitChecklist.All },
            Sample.Deal("D2", category: ForecastCategory.Pipeline) with { Reason = null, Checklist = CommitChecklist.None, Stage = Stage.From(0) })
            with { Late = true, Status = SubmissionStatus.Submitted, RepName = "Zoë O'Neil" };

        var version = await store.SaveAsync(submission, null, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.False(string.IsNullOrWhiteSpace(version));
        Assert.NotNull(found);
        Same.Submission(submission, found.Value);
        Assert.Equal(version, found.Version);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("999999999.99")]
    [InlineData("0")]
    [InlineData("1234.5")]
    [InlineData("1234.50")]
    [InlineData("100000000000.01")]
    public async Task SaveAsync_Amount_RoundTripsExactly(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var store = await CreateStoreAsync();

        await store.SaveAsync(Sample.Submission(Sample.Deal("D1", amount)), null, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.Equal(amount, Assert.Single(found!.Value.Deals).Amount);
    }

    [Fact]
    public async Task SaveAsync_CarriedForwardAndSkipped_KeepStatusAndReason()
    {
        var store = await CreateStoreAsync();
        var carried = Sample.Submission(Sample.Week, Sample.Rep, [Sample.Deal("D1")]) with
        {
            Status = SubmissionStatus.CarriedForward,
            SubmittedAt = null,
        };
        var skipped = Sample.Submission(Sample.Week, Sample.OtherRep, []) with
        {
            Status = SubmissionStatus.Skipped,
            SkipReason = "Parental leave 👶 until 2027-01-04\nback on the Monday",
        };

        await store.SaveAsync(carried, null, s_none);
        await store.SaveAsync(skipped, null, s_none);

        Same.Submission(carried, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
        Same.Submission(skipped, (await store.GetAsync(Sample.Team, Sample.Week, Sample.OtherRep, s_none))?.Value);
    }

    [Fact]
    public async Task SaveAsync_KeepsTheOrderOfTheDeals()
    {
        var store = await CreateStoreAsync();
        var submission = Sample.Submission(Sample.Deal("zeta"), Sample.Deal("Alpha"), Sample.Deal("m-1"), Sample.Deal("M_2"));

        await store.SaveAsync(submission, null, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.Equal(["zeta", "Alpha", "m-1", "M_2"], found!.Value.Deals.Select(d => d.Id.Value));
    }

    [Fact]
    public async Task SaveAsync_Resubmission_ReplacesTheLinesAndRemovedDealsVanish()
    {
        var store = await CreateStoreAsync();
        var first = await store.SaveAsync(Sample.Submission(Sample.Deal("A"), Sample.Deal("B"), Sample.Deal("C")), null, s_none);
        var second = Sample.Submission(Sample.Deal("A", 5m, ForecastCategory.Upside), Sample.Deal("D"));

        await store.SaveAsync(second, first, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Same.Submission(second, found?.Value);
    }

    [Fact]
    public async Task SaveAsync_ResubmissionToNoDeals_LeavesAnEmptySubmission()
    {
        var store = await CreateStoreAsync();
        var first = await store.SaveAsync(Sample.Submission(Sample.Deal("A"), Sample.Deal("B")), null, s_none);

        await store.SaveAsync(Sample.Submission(), first, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.NotNull(found);
        Assert.Empty(found.Value.Deals);
    }

    [Fact]
    public async Task SaveAsync_ReplacingManyDealsWithAsManyOthers_KeepsExactlyTheNewOnes()
    {
        // 60 deals replaced by 60 others: header + 60 upserts + 60 deletes exceed one 100-action transaction.
        var store = await CreateStoreAsync();
        var version = await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("old", 60)), null, s_none);
        var second = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("new", 60));
        version = await store.SaveAsync(second, version, s_none);
        var third = Sample.Submission(Sample.Week, Sample.Rep, [.. Sample.Deals("new", 30), .. Sample.Deals("x", 5)]);

        var afterSecond = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);
        await store.SaveAsync(third, version, s_none);
        var afterThird = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Same.Submission(second, afterSecond?.Value);
        Same.Submission(third, afterThird?.Value);
    }

    [Fact]
    public async Task SaveAsync_MaxDeals_RoundTrips()
    {
        var store = await CreateStoreAsync();
        var full = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", Submission.MaxDeals));
        var version = await store.SaveAsync(full, null, s_none);
        var reversed = Sample.Submission(Sample.Week, Sample.Rep, full.Deals.Reverse().Select(d => d with { Amount = d.Amount + 0.01m }).ToList());

        await store.SaveAsync(reversed, version, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Same.Submission(reversed, found?.Value);
    }

    [Fact]
    public async Task SaveAsync_CreateOnlyWhenItExists_ThrowsConflict()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Sample.Submission(Sample.Deal("A")), null, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(Sample.Submission(Sample.Deal("B")), null, s_none));

        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);
        Assert.Equal("A", Assert.Single(found!.Value.Deals).Id.Value);
    }

    [Fact]
    public async Task SaveAsync_SnapshotOfRecord_CannotBeReplacedByALaterChange()
    {
        var store = await CreateStoreAsync();
        var deadline = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
        var record = Sample.Submission(Sample.Deal("A", 500m)) with { SealedAfter = deadline };
        var version = await store.SaveAsync(record, null, s_none);
        var late = Sample.Submission(Sample.Deal("A", 500m, ForecastCategory.Upside)) with { SubmittedAt = deadline.AddTicks(1), SealedAfter = deadline.AddDays(1) };

        await Assert.ThrowsAsync<SnapshotOfRecordException>(() => store.SaveAsync(late, version, s_none));
        await Assert.ThrowsAsync<SnapshotOfRecordException>(() => store.SaveAsync(late with { SubmittedAt = null }, version, s_none));

        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);
        Same.Submission(record, found?.Value);
        Assert.Equal(version, found!.Version);
    }

    [Fact]
    public async Task SaveAsync_SealedSnapshot_MayStillBeReplacedByAnEditRecordedBeforeItsSeal()
    {
        var store = await CreateStoreAsync();
        var deadline = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
        var first = Sample.Submission(Sample.Deal("A")) with { SubmittedAt = deadline.AddHours(-2), SealedAfter = deadline };
        var version = await store.SaveAsync(first, null, s_none);
        var edit = Sample.Submission(Sample.Deal("B")) with { SubmittedAt = deadline, SealedAfter = deadline };

        var next = await store.SaveAsync(edit, version, s_none);

        Same.Submission(edit, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
        Assert.NotEqual(version, next);
    }

    [Fact]
    public async Task AddRevisionAsync_KeepsEachRevisionWithItsInstant_AndLeavesTheRecordAlone()
    {
        var store = await CreateStoreAsync();
        var deadline = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
        var record = Sample.Submission(Sample.Deal("A", 500m)) with { SealedAfter = deadline };
        await store.SaveAsync(record, null, s_none);
        var first = Sample.Submission(Sample.Deal("A", 500m, ForecastCategory.Upside), Sample.Deal("N", 70m)) with { SubmittedAt = deadline.AddDays(2), Late = true };
        var second = Sample.Submission(Sample.Deals("x", Submission.MaxDeals).ToArray()) with { SubmittedAt = deadline.AddDays(3), Late = true };
        var other = Sample.Submission(Sample.Week, Sample.OtherRep, [Sample.Deal("B")]) with { SubmittedAt = deadline.AddDays(1), Status = SubmissionStatus.Skipped, SkipReason = "ill", Late = false };
        var otherWeek = Sample.Submission(Sample.Week.Next, Sample.Rep, [Sample.Deal("C")]) with { SubmittedAt = deadline.AddDays(9) };

        await store.AddRevisionAsync(second, s_none);
        await store.AddRevisionAsync(first, s_none);
        await store.AddRevisionAsync(other, s_none);
        await store.AddRevisionAsync(otherWeek, s_none);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AddRevisionAsync(first with { Deals = [] }, s_none));

        var revisions = await store.ListRevisionsAsync(Sample.Team, Sample.Week, s_none);
        var expected = new[] { first, second, other }.OrderBy(r => r.Rep.Value, StringComparer.Ordinal).ThenBy(r => r.SubmittedAt).ToList();
        Assert.Equal(expected.Count, revisions.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Same.Submission(expected[i], revisions[i]);
        }

        Same.Submission(record, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
        Assert.Single(await store.ListWeekAsync(Sample.Team, Sample.Week, s_none));
        Assert.Empty(await store.ListRevisionsAsync(Sample.OtherTeam, Sample.Week, s_none));
    }

    [Fact]
    public async Task AddRevisionAsync_WithoutAnInstant_IsRefused()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddRevisionAsync(Sample.Submission(Sample.Deal("A")) with { SubmittedAt = null }, s_none));
    }

    [Fact]
    public async Task SaveAsync_WithStaleVersion_ThrowsConflictAndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var stale = await store.SaveAsync(Sample.Submission(Sample.Deal("A"), Sample.Deal("B")), null, s_none);
        var current = Sample.Submission(Sample.Deal("A", 7m), Sample.Deal("C"));
        await store.SaveAsync(current, stale, s_none);
        var late = Sample.Submission(Sample.Deal("D"), Sample.Deal("E"), Sample.Deal("A", 9m)) with { RepName = "overwritten?" };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(late, stale, s_none));

        Same.Submission(current, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }

    [Fact]
    public async Task SaveAsync_WithAVersionWhenNothingExists_ThrowsConflict()
    {
        var store = await CreateStoreAsync();
        var elsewhere = await store.SaveAsync(Sample.Submission(Sample.Week.Next, Sample.Rep, []), null, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(Sample.Submission(Sample.Deal("A")), elsewhere, s_none));

        Assert.Null(await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none));
    }

    [Fact]
    public async Task SaveAsync_VersionFromGet_IsAccepted()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Sample.Submission(Sample.Deal("A")), null, s_none);
        var read = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);
        var edited = Sample.Submission(Sample.Deal("A", 2m));

        var version = await store.SaveAsync(edited, read!.Version, s_none);

        Assert.NotEqual(read.Version, version);
        Same.Submission(edited, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }

    [Fact]
    public async Task SaveAsync_WeeksTeamsAndReps_AreIsolated()
    {
        var store = await CreateStoreAsync();
        var mine = Sample.Submission(Sample.Week, Sample.Rep, [Sample.Deal("A")]);
        var nextWeek = Sample.Submission(Sample.Week.Next, Sample.Rep, [Sample.Deal("B")]);
        var otherTeam = Sample.Submission(Sample.Week, Sample.Rep, [Sample.Deal("C")], Sample.OtherTeam);
        var otherRep = Sample.Submission(Sample.Week, Sample.OtherRep, [Sample.Deal("A", 1m)]);
        foreach (var submission in new[] { mine, nextWeek, otherTeam, otherRep })
        {
            await store.SaveAsync(submission, null, s_none);
        }

        var versionOfMine = (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))!.Version;
        await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, []), versionOfMine, s_none);

        Assert.Empty((await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))!.Value.Deals);
        Same.Submission(nextWeek, (await store.GetAsync(Sample.Team, Sample.Week.Next, Sample.Rep, s_none))?.Value);
        Same.Submission(otherTeam, (await store.GetAsync(Sample.OtherTeam, Sample.Week, Sample.Rep, s_none))?.Value);
        Same.Submission(otherRep, (await store.GetAsync(Sample.Team, Sample.Week, Sample.OtherRep, s_none))?.Value);
    }

    [Fact]
    public async Task ListWeekAsync_ReturnsEveryRepOfThatTeamAndWeekOnly()
    {
        var store = await CreateStoreAsync();
        var mine = Sample.Submission(Sample.Week, Sample.Rep, [Sample.Deal("A"), Sample.Deal("B")]);
        var theirs = Sample.Submission(Sample.Week, Sample.OtherRep, [Sample.Deal("A", 3m)]);
        await store.SaveAsync(mine, null, s_none);
        await store.SaveAsync(theirs, null, s_none);
        await store.SaveAsync(Sample.Submission(Sample.Week.Previous, Sample.Rep, [Sample.Deal("P")]), null, s_none);
        await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, [Sample.Deal("T")], Sample.OtherTeam), null, s_none);

        var week = await store.ListWeekAsync(Sample.Team, Sample.Week, s_none);

        Assert.Equal(2, week.Count);
        Same.Submission(mine, week.Single(s => s.Rep == Sample.Rep));
        Same.Submission(theirs, week.Single(s => s.Rep == Sample.OtherRep));
    }

    [Fact]
    public async Task ListWeekAsync_WhenEmpty_ReturnsNothing()
    {
        var store = await CreateStoreAsync();

        var week = await store.ListWeekAsync(Sample.Team, Sample.Week, s_none);

        Assert.Empty(week);
    }

    [Fact]
    public async Task GetLatestBeforeAsync_FindsTheNewestEarlierWeekWithinTheLimit()
    {
        var store = await CreateStoreAsync();
        var w = Sample.Week;
        await store.SaveAsync(Sample.Submission(w.Previous.Previous.Previous, Sample.Rep, [Sample.Deal("W3")]), null, s_none);
        await store.SaveAsync(Sample.Submission(w.Previous, Sample.Rep, [Sample.Deal("W1")]), null, s_none);
        await store.SaveAsync(Sample.Submission(w, Sample.Rep, [Sample.Deal("W0")]), null, s_none);
        await store.SaveAsync(Sample.Submission(w.Previous.Previous, Sample.OtherRep, [Sample.Deal("other")]), null, s_none);
        await store.SaveAsync(Sample.Submission(w.Previous.Previous, Sample.Rep, [Sample.Deal("T")], Sample.OtherTeam), null, s_none);

        var beforeNext = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w.Next, 8, s_none);
        var beforeW = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w, 8, s_none);
        var beforeW1 = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w.Previous, 8, s_none);
        var beforeW1Near = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w.Previous, 1, s_none);
        var beforeW1Exact = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w.Previous, 2, s_none);
        var zero = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, w.Next, 0, s_none);

        Assert.Equal("W0", Assert.Single(beforeNext!.Deals).Id.Value);
        Assert.Equal("W1", Assert.Single(beforeW!.Deals).Id.Value);
        Assert.Equal("W3", Assert.Single(beforeW1!.Deals).Id.Value);
        Assert.Null(beforeW1Near);
        Assert.Equal(w.Previous.Previous.Previous, beforeW1Exact!.Week);
        Assert.Null(zero);
    }

    [Fact]
    public async Task GetLatestBeforeAsync_AcrossTheIsoYearBoundary_FindsWeek53()
    {
        var store = await CreateStoreAsync();
        var week53 = ForecastWeek.Parse("2026-W53");
        await store.SaveAsync(Sample.Submission(week53, Sample.Rep, [Sample.Deal("NY")]), null, s_none);

        var found = await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, ForecastWeek.Parse("2027-W02"), 4, s_none);

        Assert.Equal(week53, found?.Week);
    }

    [Fact]
    public async Task GetLatestBeforeAsync_NegativeLimit_Throws()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, Sample.Week, -1, s_none));
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardTeamAndRepIds_RoundTrip(string id)
    {
        var store = await CreateStoreAsync();
        var team = TeamId.From("19:abc@thread.tacv2;messageid=1" + id);
        var rep = RepId.From(id);
        var submission = Sample.Submission(Sample.Week, rep, [Sample.Deal("A")], team);

        var version = await store.SaveAsync(submission, null, s_none);
        await store.SaveAsync(submission with { Late = true }, version, s_none);

        Same.Submission(submission with { Late = true }, (await store.GetAsync(team, Sample.Week, rep, s_none))?.Value);
        Same.Submission(submission with { Late = true }, Assert.Single(await store.ListWeekAsync(team, Sample.Week, s_none)));
        Assert.NotNull(await store.GetLatestBeforeAsync(team, rep, Sample.Week.Next, 1, s_none));
    }

    [Fact]
    public async Task SaveAsync_RepIdThatPrefixesAnother_DoesNotMixTheirLines()
    {
        var store = await CreateStoreAsync();
        var shorter = Sample.Submission(Sample.Week, RepId.From("rep"), [Sample.Deal("A")]);
        var longer = Sample.Submission(Sample.Week, RepId.From("rep|~"), [Sample.Deal("B"), Sample.Deal("C")]);
        var piped = Sample.Submission(Sample.Week, RepId.From("rep|0|A"), [Sample.Deal("D")]);

        await store.SaveAsync(shorter, null, s_none);
        await store.SaveAsync(longer, null, s_none);
        await store.SaveAsync(piped, null, s_none);

        Same.Submission(shorter, (await store.GetAsync(Sample.Team, Sample.Week, shorter.Rep, s_none))?.Value);
        Same.Submission(longer, (await store.GetAsync(Sample.Team, Sample.Week, longer.Rep, s_none))?.Value);
        Same.Submission(piped, (await store.GetAsync(Sample.Team, Sample.Week, piped.Rep, s_none))?.Value);
        Assert.Equal(3, (await store.ListWeekAsync(Sample.Team, Sample.Week, s_none)).Count);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardTexts), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardUserText_SurvivesUnchanged(string text)
    {
        var store = await CreateStoreAsync();
        var deal = Sample.Deal("A") with { Account = text, Name = text, Reason = text };
        var submission = Sample.Submission(deal) with { RepName = text, SkipReason = text };

        await store.SaveAsync(submission, null, s_none);

        Same.Submission(submission, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }

    [Fact]
    public async Task SaveAsync_TextsAtTheirDomainLimits_SurviveUnchanged()
    {
        var store = await CreateStoreAsync();
        var deal = Sample.Deal("A") with
        {
            Account = new string('é', DealForecast.MaxAccountLength),
            Name = string.Concat(Enumerable.Repeat("😀", DealForecast.MaxNameLength / 2)),
            Reason = string.Concat(Enumerable.Repeat("ש/#?\n", DealForecast.MaxReasonLength / 5)),
        };
        var deals = Enumerable.Range(0, Submission.MaxDeals).Select(i => deal with { Id = DealId.From($"D{i}") }).ToList();
        var submission = Sample.Submission(Sample.Week, Sample.Rep, deals) with
        {
            SkipReason = new string('x', Submission.MaxSkipReasonLength),
        };

        await store.SaveAsync(submission, null, s_none);

        Same.Submission(submission, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }

    [Fact]
    public async Task SaveAsync_SubmittedBefore1601_IsRefused()
    {
        var store = await CreateStoreAsync();
        var submission = Sample.Submission(Sample.Deal("A")) with { SubmittedAt = default(DateTimeOffset) };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SaveAsync(submission, null, s_none));

        Assert.Null(await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none));
    }

    [Fact]
    public async Task SaveAsync_SubmittedAtInAnotherOffset_IsTheSameInstant()
    {
        var store = await CreateStoreAsync();
        var at = new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.FromHours(13));
        await store.SaveAsync(Sample.Submission(Sample.Deal("A")) with { SubmittedAt = at }, null, s_none);

        var found = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);

        Assert.Equal(at.UtcTicks, found!.Value.SubmittedAt!.Value.UtcTicks);
    }

    [Fact]
    public async Task SaveAsync_CallerChangingItsListAfterwards_DoesNotChangeTheStoredSubmission()
    {
        var store = await CreateStoreAsync();
        var deals = new List<DealForecast> { Sample.Deal("A") };
        await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, deals), null, s_none);

        deals.Add(Sample.Deal("B"));

        Assert.Single((await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))!.Value.Deals);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentCreates_ExactlyOneWins()
    {
        var store = await CreateStoreAsync();
        var attempts = Enumerable.Range(0, 4)
            .Select(i => Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals($"r{i}x", 10 + i)))
            .ToList();

        var outcomes = await Task.WhenAll(attempts.Select(async s =>
        {
            try
            {
                await store.SaveAsync(s, null, s_none);
                return s;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Same.Submission(winner!, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }
}
