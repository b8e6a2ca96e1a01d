// The scenarios load the machine on purpose: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
