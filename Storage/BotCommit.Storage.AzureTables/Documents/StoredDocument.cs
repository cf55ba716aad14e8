namespace BotCommit.Storage.AzureTables.Documents;

/// <summary>A document as listed from a <see cref="DocumentTable"/> scope, with the ETag to pass back on save.</summary>
public sealed record StoredDocument(string Scope, string Key, string Json, string ETag);
