namespace ShopAnalytics.Diagnostics;

/// <summary>
/// What explain says about one query, in the terms the indexing lesson uses: the plan's stages
/// (e.g. "FETCH > IXSCAN" or "COLLSCAN"), the index used, and how much work it took.
/// </summary>
/// <param name="Query">A short name for the query.</param>
/// <param name="Plan">The winning plan's stages, outermost first.</param>
/// <param name="Index">The index scanned, or "(none)".</param>
/// <param name="Returned">Documents returned (nReturned).</param>
/// <param name="KeysExamined">Index keys examined (totalKeysExamined).</param>
/// <param name="DocsExamined">Documents examined (totalDocsExamined).</param>
/// <param name="Milliseconds">executionTimeMillis as the server measured it.</param>
public sealed record PlanSummary(string Query, string Plan, string Index, long Returned, long KeysExamined, long DocsExamined, long Milliseconds)
{
    /// <summary>Documents examined per document returned: 1 is ideal, large numbers mean a scan.</summary>
    public double DocsExaminedPerReturned => Returned == 0 ? DocsExamined : (double)DocsExamined / Returned;
}
