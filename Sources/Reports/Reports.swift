// Report formats (text, markdown, json, csv).
import CallbackModel
