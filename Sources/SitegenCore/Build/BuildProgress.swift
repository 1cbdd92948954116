/// Where a build is, for a progress line: the stage under way and, while pages render, how many.
public struct BuildProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int

    public init(stage: String, done: Int = 0, total: Int = 0) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}
