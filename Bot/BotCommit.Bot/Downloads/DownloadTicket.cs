namespace BotCommit.Bot.Downloads;

/// <summary>
/// What a download link stands for, sealed inside it by ASP.NET Core Data Protection (encrypted and authenticated):
/// the team, the week, the file, the admin who asked, their language, when it expires, and a random nonce that makes it
/// single-use. A region's export (<see cref="Region"/>) carries the region's node id in <see cref="Team"/> and the
/// tenant the asker's rights were checked in (<see cref="Tenant"/>), so that they are checked again at the download. A
/// month's export carries the month (<see cref="Month"/>, <c>2027-01</c>) and, in <see cref="Week"/>, the month's due week.
/// </summary>
internal sealed record DownloadTicket(
    string Team, string Week, Admin.ExportFileKind File, string Admin, string? Locale, DateTimeOffset Expires, string Nonce, bool Region = false, string? Tenant = null, string? Month = null);
