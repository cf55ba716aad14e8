using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BotCommit.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>
/// The protocol layer hosted the way BotCommit.Bot hosts it — AddBotCommitProtocol + MapBotEndpoint — on Kestrel
/// <c>127.0.0.1:0</c>, with a <see cref="RecordingBot"/> and a <see cref="FakeLogCollector"/>.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri messagesUrl, RecordingBot bot, FakeLogCollector logs)
    {
        _app = app;
        MessagesUrl = messagesUrl;
        Bot = bot;
        Logs = logs;
        Client = new HttpClient();
    }

    public Uri MessagesUrl { get; }

    public RecordingBot Bot { get; }

    public FakeLogCollector Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotTestHost> StartAsync(
        IDictionary<string, string?> settings,
        string environmentName = "Development",
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environmentName });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFakeLogging();
        var bot = new RecordingBot();
        builder.Services.AddBotCommitProtocol(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<IBot>(bot);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        try
        {
            app.MapBotEndpoint();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotTestHost(app, new Uri(address.TrimEnd('/') + "/api/messages"), bot, app.Services.GetFakeLogCollector());
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
