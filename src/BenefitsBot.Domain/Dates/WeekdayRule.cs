namespace BenefitsBot.Domain.Dates;

/// <summary>Which occurrence of a weekday a phrase means.</summary>
internal enum WeekdayRule
{
    /// <summary>"Friday", "on Friday", 週五: the latest one on or before today (users mostly report what happened; see <see cref="Calendar.LatestMonthDay"/>).</summary>
    LatestOnOrBefore,

    /// <summary>"this Friday", "deze vrijdag": the one in the current Monday-based week.</summary>
    ThisWeek,

    /// <summary>"next Friday", "nästa fredag", "volgende vrijdag", 下週五: the one in next week (Recognizers-Text rule).</summary>
    NextWeek,

    /// <summary>"last Friday", "förra fredagen", "vorige vrijdag", 上週五: the one in last week.</summary>
    LastWeek,

    /// <summary>"coming Friday", "på fredag", "kommande fredag", "aanstaande vrijdag": the first one after today.</summary>
    Upcoming,

    /// <summary>"this past Friday", "i fredags", "afgelopen vrijdag": the last one before today.</summary>
    Past,
}
