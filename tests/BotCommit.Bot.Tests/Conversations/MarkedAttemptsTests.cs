using System.Net;
using BotCommit.Bot.Conversations;
using BotCommit.Forecasting.Deliveries;

namespace BotCommit.Bot.Tests.Conversations;

/// <summary>Which answers let a delivery's POST be retried, and which make it "delivery unknown".</summary>
public sealed class MarkedAttemptsTests
{
    private static readonly Uri Uri = new("https://smba.trafficmanager.net/emea/v3/conversations/a:1/activities");

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task RefusedUnprocessed_IsAClaimAgain_AndMayBeRetried(HttpStatusCode status)
    {
        var mark = new CountingMark();
        var attempts = new MarkedAttempts(mark);

        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);
        await attempts.AfterAttemptAsync(HttpMethod.Post, Uri, status, CancellationToken.None);
        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);

        Assert.Equal((2, 1), (mark.OnWire, mark.Refused));
    }

    [Theory]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task AnswerThatMayComeAfterArrival_IsDeliveryUnknown(HttpStatusCode status)
    {
        var mark = new CountingMark();
        var attempts = new MarkedAttempts(mark);

        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);

        await Assert.ThrowsAsync<DeliveryUnknownException>(() => attempts.AfterAttemptAsync(HttpMethod.Post, Uri, status, CancellationToken.None).AsTask());
        Assert.Equal(0, mark.Refused);
    }

    [Fact]
    public async Task RetryAfterNoAnswer_TimeoutOrLostConnection_IsNotSent()
    {
        var mark = new CountingMark();
        var attempts = new MarkedAttempts(mark);

        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);

        // The connector comes back for a retry without an answer to the first attempt (it timed out).
        await Assert.ThrowsAsync<DeliveryUnknownException>(() => attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None).AsTask());
        Assert.Equal(1, mark.OnWire);
    }

    [Fact]
    public async Task SecondMessageAfterASuccess_IsMarkedAgain()
    {
        var mark = new CountingMark();
        var attempts = new MarkedAttempts(mark);

        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);
        await attempts.AfterAttemptAsync(HttpMethod.Post, Uri, HttpStatusCode.Created, CancellationToken.None);
        await attempts.BeforeAttemptAsync(HttpMethod.Post, Uri, CancellationToken.None);

        Assert.Equal((2, 0), (mark.OnWire, mark.Refused));
    }

    private sealed class CountingMark : IDeliveryMark
    {
        public int OnWire { get; private set; }

        public int Refused { get; private set; }

        public Task OnWireAsync(CancellationToken cancellationToken)
        {
            OnWire++;
            return Task.CompletedTask;
        }

        public Task RefusedAsync(CancellationToken cancellationToken)
        {
            Refused++;
            return Task.CompletedTask;
        }
    }
}
