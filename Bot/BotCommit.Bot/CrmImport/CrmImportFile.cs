using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.CrmImport;

/// <summary>
/// Where the CSV of <c>import crm</c> comes from: a file attached in the personal chat (Teams sends
/// <c>application/vnd.microsoft.teams.file.download.info</c> with a short-lived, pre-authorised <c>downloadUrl</c>; it is
/// fetched without any credential and only from <see cref="CrmImportOptions.FileHosts"/>), or the lines pasted below the
/// command in the same message.
/// </summary>
internal sealed class CrmImportFile(IHttpClientFactory clients, IOptions<CrmImportOptions> options, ILogger<CrmImportFile> logger)
{
    public const string HttpClientName = "crm-import-file";

    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    public int MaxMegabytes => options.Value.MaxFileMegabytes;

    /// <summary>The CSV text; <see cref="CrmFileSource.None"/> when the message has none, <see cref="CrmFileSource.Unreadable"/> when the attachment cannot be used.</summary>
    public async Task<(CrmFileSource Source, string? Text)> ReadAsync(Activity activity, string? rawText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var file = activity.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, FileDownloadInfo, StringComparison.OrdinalIgnoreCase));
        if (file is not null)
        {
            var text = await DownloadAsync(file, cancellationToken);
            return text is null ? (CrmFileSource.Unreadable, null) : (CrmFileSource.Attachment, text);
        }

        var pasted = Pasted(rawText);
        return pasted is null ? (CrmFileSource.None, null) : (CrmFileSource.Pasted, pasted);
    }

    /// <summary>The lines after the command's own line (Teams may send the message's line breaks as HTML).</summary>
    public static string? Pasted(string? rawText)
    {
        if (string.IsNullOrWhiteSpace(rawText))
        {
            return null;
        }

        var text = rawText.Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase).Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("</p><p>", "\n", StringComparison.OrdinalIgnoreCase);
        var lines = text.Split(LineBreaks, StringSplitOptions.None);
        var rest = lines.Skip(1).Select(l => WebUtility.HtmlDecode(StripTags(l)).Replace('\u00A0', ' ')).Where(l => l.Trim().Length > 0).ToList();
        return rest.Count == 0 ? null : string.Join("\r\n", rest) + "\r\n";
    }

    private static string StripTags(string line) =>
        line.Replace("<p>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</p>", string.Empty, StringComparison.OrdinalIgnoreCase);

    private async Task<string?> DownloadAsync(Attachment file, CancellationToken cancellationToken)
    {
        var name = file.Name ?? string.Empty;
        var content = file.Content as JsonObject;
        var fileType = content?["fileType"]?.GetValue<string>() ?? Path.GetExtension(name).TrimStart('.');
        var url = content?["downloadUrl"]?.GetValue<string>();
        if (!string.Equals(fileType, "csv", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsAllowed(uri))
        {
            CrmImportLog.FileRefused(logger, fileType, Uri.TryCreate(url, UriKind.Absolute, out var shown) ? shown.Host : "(none)");
            return null;
        }

        var limit = options.Value.MaxFileMegabytes * 1024L * 1024L;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > limit)
            {
                CrmImportLog.FileNotFetched(logger, (int)response.StatusCode);
                return null;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    CrmImportLog.FileNotFetched(logger, 413);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            // CRMs export UTF-8 with a byte order mark (Excel's "CSV UTF-8") or without; the BOM is dropped here.
            return new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (HttpRequestException exception)
        {
            CrmImportLog.FileFailed(logger, exception.GetType().Name);
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            CrmImportLog.FileFailed(logger, "timeout");
            return null;
        }
    }

    private bool IsAllowed(Uri uri)
    {
        IEnumerable<string> hosts = options.Value.FileHosts.Count > 0 ? options.Value.FileHosts : CrmImportOptions.DefaultFileHosts;
        var host = uri.IdnHost;
        var listed = hosts.Any(h => h.StartsWith('.')
            ? host.EndsWith(h, StringComparison.OrdinalIgnoreCase) && host.Length > h.Length
            : string.Equals(host, h, StringComparison.OrdinalIgnoreCase));
        return listed && string.IsNullOrEmpty(uri.UserInfo) && (uri.Scheme == Uri.UriSchemeHttps || (uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp));
    }
}

internal enum CrmFileSource
{
    None = 0,
    Pasted = 1,
    Attachment = 2,
    Unreadable = 3,
}
