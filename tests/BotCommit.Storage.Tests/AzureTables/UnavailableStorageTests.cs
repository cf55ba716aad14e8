using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.Azurite;

namespace BotCommit.Storage.Tests.AzureTables;

/// <summary>
/// Storage failures become one exception at the port: with the service unreachable, every kind of operation (point read,
/// query, write, transaction) of every store throws <see cref="StorageUnavailableException"/>, never an Azure type.
/// </summary>
public sealed class UnavailableStorageTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task EveryStore_ServiceUnreachable_ThrowsStorageUnavailable()
    {
        var storage = Unreachable();
        var week = ForecastWeek.Parse("2026-W49");

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Teams.GetAsync(Sample.Team, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Teams.ListAsync(s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Teams.SaveAsync(new TeamSettings(Sample.Team), null, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Roster.FindMembershipsAsync(Sample.Rep, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Deals.ListTeamAsync(Sample.Team, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Submissions.SaveAsync(new Submission(Sample.Team, week, Sample.Rep, []), null, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Actions.ListWeekAsync(Sample.Team, week, s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Conversations.GetForUserAsync("someone", s_none));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Activities.TryRecordAsync("conversation-1", "activity-1", DateTimeOffset.UtcNow, s_none));
    }

    private static AzureTablesStorage Unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return new AzureTablesStorage(AzuriteServer.ConnectionStringFor(new Uri($"http://127.0.0.1:{port}/devstoreaccount1")), "t" + port, options);
    }
}
