var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "BotCommit");
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
