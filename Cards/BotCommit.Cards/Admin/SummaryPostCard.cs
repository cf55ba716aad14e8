using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>
/// "Only you see this preview" and the button that posts the week's summary to the managers' channel
/// (<see cref="AdminVerbs.PostSummary"/>). Sent privately after the preview; replaced by its result after posting.
/// </summary>
public static class SummaryPostCard
{
    public static AdaptiveCard Build(SummaryPostModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.AdminPreviewTitle), model.Week, CardText.Escape(model.TeamName));
        var body = new List<CardElement> { new TextBlock(title) { Size = "Medium", Weight = "Bolder" } };
        if (model.Message is { } message)
        {
            body.Add(new TextBlock(message) { Color = model.MessageIsError ? "Attention" : "Good", Weight = "Bolder" });
        }

        if (model.Posted)
        {
            return new AdaptiveCard(body) { FallbackText = title };
        }

        body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminPreviewPrivate))));
        if (model.BeforeDeadline)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminPreviewBeforeDeadline), model.Deadline)) { Color = "Warning" });
        }

        if (model.ChannelName is not { } channel)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminPreviewNoChannel))) { Color = "Attention" });
            return new AdaptiveCard(body) { FallbackText = title };
        }

        body.Add(new ActionSet(
        [
            new ExecuteAction(
                // Button titles are plain text, not markdown: nothing to escape.
                locale.Format(nameof(CardStrings.AdminPreviewPostButton), channel),
                AdminVerbs.PostSummary,
                AdminVerbs.Data(model.TeamId))
            {
                AssociatedInputs = "none",
            },
        ]));
        return new AdaptiveCard(body) { FallbackText = title };
    }
}
