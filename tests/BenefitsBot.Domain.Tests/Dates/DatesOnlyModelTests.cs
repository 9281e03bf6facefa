using BenefitsBot.Domain.Dates;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>The library's models as <see cref="DatesOnlyModel"/> builds them.</summary>
public sealed class DatesOnlyModelTests
{
    [Fact]
    public void Parse_AfterTheLibrarysDutchModelReadTheSameText_EnglishKeepsItsOwnReading()
    {
        // A day no other test reads, so that the library's static cache holds the Dutch reading of this text and day only.
        var reference = new DateTime(2019, 11, 9);
        Assert.DoesNotContain(DateTimeRecognizer.RecognizeDateTime("q1-2019", Culture.Dutch, DateTimeOptions.None, reference), r => r.Text == "q1-2019");

        var english = DatesOnlyModel.Build(Culture.English).Parse("q1-2019", reference, static (_, _) => true);

        Assert.Contains(english, r => r.Text == "q1-2019");
    }

    [Fact]
    public void Parse_AfterOurDutchModelReadTheSameText_EnglishKeepsItsOwnReading()
    {
        var reference = new DateTime(2019, 11, 10);
        Assert.DoesNotContain(DatesOnlyModel.Build(Culture.Dutch).Parse("q1-2019", reference, static (_, _) => true), r => r.Text == "q1-2019");

        var english = DatesOnlyModel.Build(Culture.English).Parse("q1-2019", reference, static (_, _) => true);

        Assert.Contains(english, r => r.Text == "q1-2019");
    }
}
