namespace BotCommit.Bot.Commands;

/// <summary>
/// Who is reading <c>help</c>, for the commands they can use: an admin of some team (<see cref="IsAdmin"/>), someone who
/// may change the regions (<see cref="EditsRegions"/>: sales ops, or a team's admin where no sales ops are configured — a
/// pilot), sales ops themselves (<see cref="IsSalesOps"/>) and a manager of some region (<see cref="ManagesRegion"/>).
/// The rights themselves are checked where each command runs; this only keeps help to what would not be refused.
/// </summary>
internal sealed record HelpAudience(bool IsAdmin, bool EditsRegions, bool IsSalesOps, bool ManagesRegion)
{
    /// <summary>Edited by sales ops only (or a pilot's team admins): regions span teams.</summary>
    private static readonly CommandKind[] RegionEdits =
    [
        CommandKind.AddRegion, CommandKind.SetParent, CommandKind.SetRegionChannel, CommandKind.SetRegionManager,
        CommandKind.SetRegionTimeZone, CommandKind.SetRegionFiscalYearStart,
    ];

    public bool Sees(CommandDefinition command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Kind switch
        {
            _ when command.Access == CommandAccess.Everyone => true,

            // A region's export is for sales ops and the managers of the region or one above it (RegionAccess), team admin or not.
            CommandKind.ExportRegion => IsSalesOps || ManagesRegion,

            // A region's managers set its targets too (from a team they belong to: the command runs in a team's context).
            CommandKind.SetRegionTarget => EditsRegions || ManagesRegion,
            _ when RegionEdits.Contains(command.Kind) => EditsRegions,
            _ => IsAdmin,
        };
    }
}
