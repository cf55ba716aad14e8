using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>The people of the command tests: Teams ids (<c>29:…</c>) and Entra object ids, as the team's members.</summary>
internal static class People
{
    public static readonly TestPerson Olivia = new("29:olivia", "Olivia Ops", "0a000000-0000-4000-8000-00000000000a");
    public static readonly TestPerson Boris = new("29:boris", "Boris Boot", "0b000000-0000-4000-8000-00000000000b");
    public static readonly TestPerson Dana = new("29:dana", "Dana Kim", "0d000000-0000-4000-8000-00000000000d");
    public static readonly TestPerson Chen = new("29:chen", "Chen Wei", "0c000000-0000-4000-8000-00000000000c");
    public static readonly TestPerson Emil = new("29:emil", "Emil Novak", "0e000000-0000-4000-8000-00000000000e");
    public static readonly TestPerson Farah = new("29:farah", "Farah Haddad", "0f000000-0000-4000-8000-00000000000f");
    public static readonly TestPerson Rita = new("29:rita", "Rita Rep", "01000000-0000-4000-8000-000000000001");

    /// <summary>Not in the team (the fake connector answers 404 for them).</summary>
    public static readonly TestPerson Stranger = new("29:stranger", "Sam Stranger", "05000000-0000-4000-8000-000000000005");

    public static IEnumerable<TestPerson> TeamMembers => [Olivia, Dana, Chen, Emil, Farah, Rita];

    public static JsonObject Member(TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new JsonObject
        {
            ["id"] = person.TeamsId,
            ["name"] = person.Name,
            ["aadObjectId"] = person.AadObjectId,
            ["userRole"] = "user",
            ["email"] = person.Name.ToLowerInvariant().Replace(' ', '.') + "@contoso.com",
            ["userPrincipalName"] = person.Name.Split(' ')[0].ToLowerInvariant() + "@contoso.onmicrosoft.com",
        };
    }
}
