namespace InterimExchange.BuildingBlocks;

/// <summary>Promised dates count working days: a promise made on Friday for "two days" falls on Tuesday.</summary>
public static class BusinessDays
{
    public static DateOnly Add(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}
