import Analysis
import Plotting
