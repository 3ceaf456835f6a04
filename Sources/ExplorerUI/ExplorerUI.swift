// Pure explorer: state, reducer, renderer (issue 4).
import CallbackModel
