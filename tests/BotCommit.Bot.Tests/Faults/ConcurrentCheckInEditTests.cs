using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Issue #9, two concurrent edits of one check-in (the rep's laptop and phone) through /api/messages on Azurite. The
/// <see cref="StorageGate"/> holds both snapshot writes until both have read the same version, so the lost race really
/// happens. What the code does: the snapshot's ETag refuses the second write; RecordSubmission re-reads and saves that
/// edit again, so the later save wins whole (no merge, no torn mix of the two), and both devices get a receipt.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConcurrentCheckInEditTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Rep = "0d0d0d0d-0000-4000-8000-000000000001";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:team-concurrent@thread.tacv2");

    private readonly FakeTimeProvider _clock = new(SundayEvening);
    private FaultHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await FaultHost.StartAsync(azurite.ConnectionString, _clock);
        await _host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC" });
        await _host.AddRepAsync(Team, Rep, SampleDeals.Two);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(false)] // first check-in of the week, from two devices: both try to create the snapshot
    [InlineData(true)] // edit of a stored check-in: both replace the same version
    public async Task Submit_TwoDevicesSaveAtOnce_TheLaterSaveReReadsAndWinsWholeAndBothGetAReceipt(bool alreadySubmitted)
    {
        if (alreadySubmitted)
        {
            var card = await _host.CardAsync(Team, Rep, Week);
            await _host.InvokeAsync(_host.Invoke(Rep, CheckInVerbs.Confirm, CheckInCardData.Inputs(card, CheckInVerbs.Confirm)));
        }

        var shown = await _host.CardAsync(Team, Rep, Week);
        var laptop = _host.SubmitInvoke(Rep, shown, new Dictionary<string, string> { ["d1"] = "111111.11" });
        var phone = _host.SubmitInvoke(Rep, shown, new Dictionary<string, string> { ["d2"] = "22222.22" });
        var laptopWrite = _host.Gate.HoldNext((method, uri, body) => IsSnapshotWrite(method, uri, body, "\"11111111\""));
        var phoneWrite = _host.Gate.HoldNext((method, uri, body) => IsSnapshotWrite(method, uri, body, "\"2222222\""));

        var laptopAnswer = _host.InvokeAsync(laptop);
        var phoneAnswer = _host.InvokeAsync(phone);
        await Task.WhenAll(laptopWrite.Reached, phoneWrite.Reached).WaitAsync(Patience);
        laptopWrite.Release();
        var laptopReceipt = await laptopAnswer.WaitAsync(Patience);
        phoneWrite.Release();
        var phoneReceipt = await phoneAnswer.WaitAsync(Patience);

        Assert.All([laptopReceipt, phoneReceipt], answer => Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>()));
        Assert.Contains("22,222.22", phoneReceipt["value"]!.ToJsonString(), StringComparison.Ordinal);
        var phoneEdit = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["d1"] = SampleDeals.D1Minor, ["d2"] = 2_222_222 };
        var stored = (await _host.ReadStoredAsync([Rep]))[Rep];
        Assert.Equal(phoneEdit, stored.Snapshot);
        Assert.Equal(phoneEdit, stored.Pipeline);
        Assert.Single(await _host.Get<ISubmissionStore>().ListWeekAsync(Team, Week, CancellationToken.None));
    }

    // The snapshot's entity group transaction carrying the given amount (minor units, as the JSON string of an Int64).
    private bool IsSnapshotWrite(string method, Uri uri, string body, string amount) =>
        method == "POST" && uri.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal)
        && body.Contains(_host.TablePrefix + "Submissions(", StringComparison.Ordinal)
        && body.Contains(amount, StringComparison.Ordinal);
}
