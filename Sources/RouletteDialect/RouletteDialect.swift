// The Roulette dialect: reader and evaluator (issue 5).
import CallbackModel
