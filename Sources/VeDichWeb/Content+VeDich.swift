import Vapor
import VeDichCore
import VeDichStore

// Store values leave the server as JSON as they are: they are plain values with snake_case keys.
extension PlanInfo: Content {}
extension IndicatorInfo: Content {}
extension TargetInfo: Content {}
extension ObservationInfo: Content {}
extension PlanEvaluation: Content {}
extension Period: Content {}
extension SubmissionInfo: Content {}
extension ChangeInfo: Content {}
extension UserInfo: Content {}
