using System.Security.Cryptography;
using System.Text.Json;
using BotCommit.Bot.Admin;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Downloads;

/// <summary>
/// Makes and reads the export's download links: <c>{PublicBaseUrl}/downloads/{token}</c>, the token a
/// <see cref="DownloadTicket"/> protected with Data Protection (nobody can forge or read one; several instances need a
/// shared key ring). A link points only at the bot's own configured address, carries nothing of the bot's credentials,
/// and is given only to the admin who asked, in their personal chat.
/// </summary>
internal sealed class DownloadLinks(IDataProtectionProvider protection, IOptions<DownloadOptions> options, TimeProvider time)
{
    public const string Path = "/downloads/";

    private readonly IDataProtector _protector = protection.CreateProtector("BotCommit.Downloads.v1");

    public bool Enabled => options.Value.PublicBaseUrl is not null;

    /// <summary>The link for <paramref name="file"/> of the export of <paramref name="week"/>, for <paramref name="admin"/>; null when links are off.</summary>
    public (Uri Link, DateTimeOffset Expires)? Create(TeamId team, ForecastWeek week, ExportFileKind file, RepId admin, string? locale) =>
        Seal(new DownloadTicket(team.Value, week.ToString(), file, admin.Value, locale, default, string.Empty));

    /// <summary>The link for <paramref name="file"/> of the export of <paramref name="month"/>, for <paramref name="admin"/>; null when links are off.</summary>
    public (Uri Link, DateTimeOffset Expires)? CreateForMonth(TeamId team, YearMonth month, ExportFileKind file, RepId admin, string? locale) =>
        Seal(new DownloadTicket(
            team.Value, BotCommit.Forecasting.Monthly.MonthlyCalendar.DueWeek(month).ToString(), file, admin.Value, locale, default, string.Empty, Month: month.ToString()));

    /// <summary>The link for <paramref name="file"/> of <paramref name="region"/>'s export of <paramref name="week"/>, for <paramref name="person"/> (rights checked in <paramref name="tenant"/>); null when links are off.</summary>
    public (Uri Link, DateTimeOffset Expires)? CreateForRegion(
        BotCommit.Forecasting.Regions.NodeId region, string? tenant, ForecastWeek week, ExportFileKind file, RepId person, string? locale) =>
        Seal(new DownloadTicket(region.Value, week.ToString(), file, person.Value, locale, default, string.Empty, Region: true, Tenant: tenant));

    private (Uri Link, DateTimeOffset Expires)? Seal(DownloadTicket unsealed)
    {
        if (options.Value.PublicBaseUrl is not { } baseUrl)
        {
            return null;
        }

        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var ticket = unsealed with { Expires = expires, Nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) };
        var token = _protector.Protect(JsonSerializer.Serialize(ticket));
        return (new Uri(baseUrl, Path.TrimStart('/') + token), expires);
    }

    /// <summary>The ticket sealed in <paramref name="token"/>, or null when it was not made here (or was altered).</summary>
    public DownloadTicket? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<DownloadTicket>(_protector.Unprotect(token));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
