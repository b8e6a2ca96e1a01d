namespace EmbeddedMongo.Aggregation;

/// <summary>
/// Whether a cheap first guess ($group's last group, $lookup's next record) still pays: judged every
/// 256 tries, and given up for good when it hit fewer than one time in four.
/// </summary>
internal struct GuessRate
{
    private int tries;
    private int hits;
    private bool givenUp;

    public readonly bool Worth => !givenUp;

    public void Record(bool hit)
    {
        hits += hit ? 1 : 0;
        if (++tries == 256)
        {
            givenUp = hits * 4 < tries;
            (tries, hits) = (0, 0);
        }
    }
}
