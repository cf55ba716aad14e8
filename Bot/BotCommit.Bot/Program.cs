using BotCommit.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotCommit();

var app = builder.Build();
app.MapBotCommit();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
