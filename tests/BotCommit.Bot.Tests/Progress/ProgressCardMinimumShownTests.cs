using BotCommit.Bot.Progress;
using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Progress;

/// <summary>
/// <see cref="ProgressOptions.MinimumShown"/>: the outcome replaces a progress card no sooner than that after the card was
/// posted (the Agents Playground drops a replacement that comes before it has drawn the card); by default at once.
/// </summary>
public sealed class ProgressCardMinimumShownTests
{
    [Fact]
    public async Task Outcome_WaitsUntilTheCardHasStoodItsMinimum_ThenReplacesItOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var turn = new UpdateCountingTurn();
        var progress = Updater(turn, time, TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromMilliseconds(500));

        var finishing = progress.FinishAsync("done", [], CancellationToken.None);

        Assert.False(finishing.IsCompleted);
        Assert.Equal(0, turn.Updates);
        time.Advance(TimeSpan.FromMilliseconds(1_499));
        Assert.False(finishing.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await finishing;
        Assert.Equal(1, turn.Updates);
    }

    [Fact]
    public async Task Outcome_ByDefault_ReplacesTheCardAtOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var turn = new UpdateCountingTurn();

        var finishing = Updater(turn, time, new ProgressOptions().MinimumShown).FinishAsync("done", [], CancellationToken.None);

        Assert.True(finishing.IsCompleted);
        await finishing;
        Assert.Equal(1, turn.Updates);
    }

    private static ProgressCardUpdater<string> Updater(ITurnContext turn, TimeProvider time, TimeSpan minimumShown) =>
        new(ProgressMessage.InTurn(turn, "card-1"), "Importing", CardLocale.English, time, TimeSpan.FromSeconds(3), NullLogger.Instance,
            report => report.Length, report => new ProgressCardModel("Importing"))
        {
            MinimumShown = minimumShown,
        };

    private sealed class UpdateCountingTurn : ITurnContext
    {
        public int Updates { get; private set; }

        public Activity Activity => throw new NotSupportedException();

        public bool IsAuthenticated => true;

        public IConnectorClient Connector => throw new NotSupportedException();

        public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> SendActivityAsync(Activity activity, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken)
        {
            Assert.Equal("card-1", activityId);
            Updates++;
            return Task.FromResult(new ResourceResponse { Id = activityId });
        }
    }
}
