namespace InterimExchange.BuildingBlocks.Time;

/// <summary>
/// A date promised to someone: a decision by, an answer by, a review on; and the day it was answered, if it was. The one rule of
/// ghosting: a promise is broken on a day once its date has passed by then and it had no outcome or answer by then. The boards,
/// the reminders and insights all ask it; a count the database makes states the same condition (the date before today, nothing
/// answered) in its query.
/// </summary>
public readonly record struct Promise(DateOnly By, DateOnly? AnsweredOn = null)
{
    public bool IsBroken(DateOnly today) => By < today && (AnsweredOn is null || AnsweredOn > today);

    /// <summary>Whole days past the promised date while it is broken; 0 on the date itself and once answered.</summary>
    public int DaysOverdue(DateOnly today) => IsBroken(today) ? today.DayNumber - By.DayNumber : 0;
}
