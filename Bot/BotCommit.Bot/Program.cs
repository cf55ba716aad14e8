using BotCommit.Bot.Cli;
using BotCommit.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBotCommit();

var app = builder.Build();
app.MapBotCommit();
app.Run();
return 0;

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
